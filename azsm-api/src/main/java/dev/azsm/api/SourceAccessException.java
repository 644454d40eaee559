package dev.azsm.api;

import java.io.Serial;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The job could not use its source: codes {@code AZSM1001..AZSM1020} (mount, scan, permission,
 * invalid path, Key Vault credentials, ...).
 */
public class SourceAccessException extends JobException {

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
    public SourceAccessException(CodeDescription description, @Nullable String detail, @Nullable Map<String, String> context,
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
    public SourceAccessException(CodeDescription description, @Nullable String detail) {
        super(description, detail, null, null, true);
    }
}
