package dev.azsm.core;

import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileTransferException;
import dev.azsm.api.FileUnsupportedException;
import dev.azsm.core.internal.Factories;
import org.jspecify.annotations.Nullable;

/**
 * One factory method per catalogued code of per-item failures ({@code AZSM2xxx}), for agent code that throws.
 *
 * <p>Generated from the catalogue ({@code catalog.tsv}) by the tests; do not edit by hand.
 * Each method's message, mitigation and remedy come from the catalogue; the cause's
 * description becomes the exception's detail.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /**
     * {@code AZSM2021}: The file type cannot be stored in the target.
     *
     * <p>The target cannot hold this kind of item (for example a device file, socket or named pipe). Leave it out of the migration or copy it another way.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileUnsupportedException} with {@code AZSM2021}
     */
    public static FileUnsupportedException fileTypeUnsupported(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileUnsupportedException) Factories.create("AZSM2021", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2022}: The path has characters the target does not support.
     *
     * <p>Rename the item on the source so that its path uses only characters the target allows, then run the job again.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileUnsupportedException} with {@code AZSM2022}
     */
    public static FileUnsupportedException pathCharactersUnsupported(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileUnsupportedException) Factories.create("AZSM2022", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2023}: A path component is longer than the target allows.
     *
     * <p>Shorten the file or directory name on the source, then run the job again.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileUnsupportedException} with {@code AZSM2023}
     */
    public static FileUnsupportedException pathComponentTooLong(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileUnsupportedException) Factories.create("AZSM2023", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2024}: The path is longer than the target allows.
     *
     * <p>Shorten the path on the source (move the item up or rename directories), then run the job again.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileUnsupportedException} with {@code AZSM2024}
     */
    public static FileUnsupportedException pathTooLong(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileUnsupportedException) Factories.create("AZSM2024", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2025}: The directory depth is larger than the target allows.
     *
     * <p>Flatten the directory tree on the source so that it is less deep, then run the job again.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileUnsupportedException} with {@code AZSM2025}
     */
    public static FileUnsupportedException directoryTooDeep(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileUnsupportedException) Factories.create("AZSM2025", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2026}: The file is larger than the target allows.
     *
     * <p>The target cannot hold a file this large. Split or compress it on the source, or choose a target that allows larger files.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileUnsupportedException} with {@code AZSM2026}
     */
    public static FileUnsupportedException fileTooLarge(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileUnsupportedException) Factories.create("AZSM2026", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2027}: The file's security descriptor has properties the target does not support.
     *
     * <p>Simplify the item's access control list on the source (for example remove unsupported entries), or accept that it is not copied.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * <p>Note: Published 2025.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileUnsupportedException} with {@code AZSM2027}
     */
    public static FileUnsupportedException securityDescriptorUnsupported(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileUnsupportedException) Factories.create("AZSM2027", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2061}: Error while scanning the source for this item.
     *
     * <p>Scanning the item on the source failed, probably transiently. Run the job again; it copies what is missing.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2061}
     */
    public static FileTransferException sourceScanFailed(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2061", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2062}: Permission denied reading the source file.
     *
     * <p>Grant the agent's source account read access to the item, then run the job again.
     *
     * <p>Remedy: {@code GRANT_PERMISSION}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2062}
     */
    public static FileTransferException sourcePermissionDenied(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2062", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2063}: I/O error reading the source file.
     *
     * <p>Reading the item from the source failed, likely transiently. Run the job again; if the same items keep failing, check the source storage.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2063}
     */
    public static FileTransferException sourceReadFailed(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2063", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2064}: Timed out reading the source file.
     *
     * <p>The source did not answer in time. Run the job again, at a quieter time or with less load on the source.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2064}
     */
    public static FileTransferException sourceReadTimedOut(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2064", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2065}: Transport error sending the file to the target.
     *
     * <p>The connection to the target failed while sending the item. Run the job again; check the agent's network if it persists.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2065}
     */
    public static FileTransferException targetTransportFailed(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2065", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2066}: The target refused the write with an error status.
     *
     * <p>The target answered the write with an error. Run the job again; if the same items keep failing, look at the status in the details.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2066}
     */
    public static FileTransferException targetWriteRefused(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2066", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2067}: Timed out writing the file to the target.
     *
     * <p>The target did not answer in time. Run the job again; lower the bandwidth limit or the load if it persists.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2067}
     */
    public static FileTransferException targetWriteTimedOut(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2067", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2068}: Error while scanning the target for this item.
     *
     * <p>Comparing the item with the target failed, probably transiently. Run the job again.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2068}
     */
    public static FileTransferException targetScanFailed(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2068", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2069}: Permission denied reading or writing the target file.
     *
     * <p>Grant the agent write access to the target (its role assignment on the container or share), then run the job again.
     *
     * <p>Remedy: {@code GRANT_PERMISSION}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2069}
     */
    public static FileTransferException targetPermissionDenied(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2069", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2070}: The target blob has an active lease held by another writer.
     *
     * <p>Another writer holds a lease on the target blob. Make sure nothing else writes to the target, then run the job again.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2070}
     */
    public static FileTransferException targetBlobLeased(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2070", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2071}: The source file was modified during the transfer.
     *
     * <p>The item changed while it was being copied. Run the job again when the source is quiet; the next run copies the new version.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: Published 2025.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2071}
     */
    public static FileTransferException sourceModifiedDuringTransfer(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2071", cause, ContextKeys.ITEM, itemPath);
    }

    /**
     * {@code AZSM2080}: Copy failed for an unknown reason.
     *
     * <p>The item could not be copied for a reason no other code describes; it is likely transient. Run the job again, and create a support ticket if it persists.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param itemPath the item's path relative to the source and target roots, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link FileTransferException} with {@code AZSM2080}
     */
    public static FileTransferException transferFailed(@Nullable String itemPath, @Nullable Throwable cause) {
        return (FileTransferException) Factories.create("AZSM2080", cause, ContextKeys.ITEM, itemPath);
    }
}
