package dev.azsm.client;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One copy-log record (a row of {@code StorageMoverCopyLogsFailed} or
 * {@code StorageMoverCopyLogsTransferred}): what happened to one item, with its code kept as
 * written, malformed as it may be.
 *
 * <pre>{@code
 * try (CopyLogReader log = CopyLogReader.open(Path.of("copy-logs.csv"))) {
 *     log.records().filter(FileFailure::isFailure).map(FileFailure::exception).forEach(this::report);
 * }
 * }</pre>
 *
 * @param line           the record's line (CSV, JSON Lines) or row (Log Analytics) number, from 1
 * @param timeGenerated  {@code TimeGenerated} as written, or null (see {@link #time()})
 * @param jobRun         {@code JobRunName}, or null
 * @param itemPath       {@code ItemPath}: relative to the source and target roots
 * @param itemType       {@code ItemType}: {@code F} file, {@code D} directory, or null
 * @param fileSize       {@code FileSize} in bytes, or null
 * @param transferResult {@code TransferResult}: {@code Failed}, {@code Excluded}, {@code Unsupported},
 *                       {@code NoCopyNecessary}, {@code Transferred}, or null
 * @param statusCode     {@code StatusCode} as written, or null
 * @param details        {@code Details}, or null
 */
public record FileFailure(long line, @Nullable String timeGenerated, @Nullable String jobRun, String itemPath,
        @Nullable String itemType, @Nullable Long fileSize, @Nullable String transferResult,
        @Nullable String statusCode, @Nullable String details) {

    /**
     * Checks the path is present.
     *
     * @throws NullPointerException if it is null
     */
    public FileFailure {
        Objects.requireNonNull(itemPath, "itemPath is null");
    }

    /**
     * Returns {@code TimeGenerated} as an instant, when it is an ISO 8601 date-time (with an offset,
     * or without one and taken as UTC, as Log Analytics writes it).
     *
     * @return the instant, or empty
     */
    public Optional<Instant> time() {
        if (timeGenerated == null || timeGenerated.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(timeGenerated).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(timeGenerated).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException notIso) {
                return Optional.empty();
            }
        }
    }

    /** @return the status code, if it is a well-formed code */
    public Optional<AzsmCode> code() {
        return AzsmCode.tryParse(statusCode);
    }

    /**
     * Returns whether the record is a failure: a file failure code (unsupported, failed, or a newer
     * failure block), or {@code TransferResult} {@code Failed}/{@code Unsupported} when the code is
     * unusable. Excluded, no-copy-necessary and transferred items are outcomes, not failures.
     *
     * @return whether the item failed
     */
    public boolean isFailure() {
        Optional<AzsmCode> code = code();
        if (code.isPresent() && code.get().scope() == Scope.FILE) {
            return code.get().block().isFailure();
        }
        if (code.isPresent() && code.get().isSuccess()) {
            return false;
        }
        return "Failed".equalsIgnoreCase(transferResult) || "Unsupported".equalsIgnoreCase(transferResult)
                || code.isPresent() || transferResult == null;
    }

    /**
     * Returns the item's typed exception, without a stack trace (a million of them cost what a
     * million small objects cost): the {@code FileException} of its code, the item path, job run and
     * details in the context. A malformed code, or one of another scope, becomes {@code AZSM2080}
     * with the raw text kept.
     *
     * @return the exception
     * @throws IllegalStateException if the record is not a failure
     */
    public AzsmException exception() {
        return exception(false);
    }

    /**
     * Returns the item's typed exception.
     *
     * @param withStackTrace whether to capture the stack trace
     * @return the exception
     * @throws IllegalStateException if the record is not a failure
     */
    public AzsmException exception(boolean withStackTrace) {
        if (!isFailure()) {
            throw new IllegalStateException("The record of line " + line + " (" + statusCode + ", " + transferResult
                    + ") is not a failure");
        }
        Map<String, String> context = new LinkedHashMap<>(4);
        context.put(ContextKeys.ITEM, itemPath);
        if (jobRun != null) {
            context.put(ContextKeys.JOB_RUN, jobRun);
        }
        context.put("line", Long.toString(line));
        Optional<AzsmCode> code = code();
        if (code.isPresent() && code.get().scope() != Scope.FILE) {
            // A code of another scope in a copy log: the file scope's miscellaneous failure, raw code kept.
            context.put(ContextKeys.RAW_CODE, statusCode);
            context.put(ContextKeys.CODE_PROBLEM, statusCode + " is a " + code.get().scope().label()
                    + " code in a copy log, where file codes (AZSM2xxx) are expected");
            return AzsmErrors.catalog().newException(AzsmErrors.miscellaneousFailure(Scope.FILE), details, context, null,
                    withStackTrace);
        }
        return AzsmErrors.fromReportedCode(Scope.FILE, statusCode, details, context, withStackTrace);
    }
}
