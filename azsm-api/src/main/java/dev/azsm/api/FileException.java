package dev.azsm.api;

import java.io.Serial;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A failure of one file or directory in a job: codes {@code AZSM2xxx}, with the item's path in
 * the context ({@link #itemPath()}). The unsupported and failed blocks have their subclasses
 * ({@link FileUnsupportedException}, {@link FileTransferException}); the excluded and
 * no-copy-necessary blocks are outcomes, never exceptions.
 *
 * <p>This class is open so that agent developers can model their own file blocks.
 */
public non-sealed class FileException extends AzsmException {

    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception; prefer azsm-core's factories, which fill the description from the
     * catalogue.
     *
     * @param description        the code and its text; its code must fit this class
     * @param detail             what happened this time, or null
     * @param context            the context (see {@link ContextKeys}), or null
     * @param cause              the underlying failure, or null
     * @param writableStackTrace whether to capture the stack trace (false for bulk, per-item failures)
     * @throws IllegalArgumentException if the code does not fit this class
     */
    public FileException(CodeDescription description, @Nullable String detail, @Nullable Map<String, String> context,
            @Nullable Throwable cause, boolean writableStackTrace) {
        super(description, detail, context, cause, writableStackTrace);
    }

    /**
     * Creates the exception with a detail and no context or cause.
     *
     * @param description the code and its text; its code must fit this class
     * @param detail      what happened this time, or null
     * @throws IllegalArgumentException if the code does not fit this class
     */
    public FileException(CodeDescription description, @Nullable String detail) {
        super(description, detail, null, null, true);
    }

    /**
     * Returns the path of the file or directory, relative to the source and target roots.
     *
     * @return the {@link ContextKeys#ITEM} of the context, or empty when unknown
     */
    public Optional<String> itemPath() {
        return context(ContextKeys.ITEM);
    }
}
