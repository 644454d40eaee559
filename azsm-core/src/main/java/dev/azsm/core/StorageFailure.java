package dev.azsm.core;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure answered by a storage service over HTTP: the status and the storage error code
 * string (such as {@code AuthorizationPermissionMismatch} or {@code LeaseLost}). Wrap what your
 * storage client throws in one, or pass it to {@link FailureTranslator} directly, so that the
 * translation can pick the right status code:
 *
 * <pre>{@code
 * catch (BlobStorageException e) {
 *     throw FailureTranslator.defaults().translate(Operation.CLAIM_TARGET,
 *             new StorageFailure(e.getStatusCode(), e.getErrorCode().toString(), e.getMessage(), e), context);
 * }
 * }</pre>
 */
public final class StorageFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** @serial the HTTP status */
    private final int status;
    /** @serial the storage error code, or null */
    private final @Nullable String errorCode;

    /**
     * Creates the failure.
     *
     * @param status    the HTTP status, 100..599
     * @param errorCode the storage error code string, or null
     * @param message   the service's message, or null
     * @param cause     what the storage client threw, or null
     * @throws IllegalArgumentException if the status is not an HTTP status
     */
    public StorageFailure(int status, @Nullable String errorCode, @Nullable String message, @Nullable Throwable cause) {
        super(describe(status, errorCode, message), cause);
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status " + status + " is out of range: expected 100..599");
        }
        this.status = status;
        this.errorCode = errorCode == null || errorCode.isBlank() ? null : errorCode.strip();
    }

    /**
     * Creates the failure without a cause.
     *
     * @param status    the HTTP status
     * @param errorCode the storage error code string, or null
     * @param message   the service's message, or null
     */
    public StorageFailure(int status, @Nullable String errorCode, @Nullable String message) {
        this(status, errorCode, message, null);
    }

    /** @return the HTTP status */
    public int status() {
        return status;
    }

    /** @return the storage error code string, or null */
    public @Nullable String errorCode() {
        return errorCode;
    }

    /**
     * Tells whether the storage error code is one of the given ones, ignoring case.
     *
     * @param codes storage error codes
     * @return whether it matches one
     */
    public boolean hasErrorCode(String... codes) {
        if (errorCode == null) {
            return false;
        }
        String mine = errorCode.toLowerCase(Locale.ROOT);
        for (String code : codes) {
            if (mine.equals(code.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(int status, @Nullable String errorCode, @Nullable String message) {
        return "HTTP " + status + (errorCode == null ? "" : " " + errorCode)
                + (message == null ? "" : ": " + Objects.toString(message));
    }
}
