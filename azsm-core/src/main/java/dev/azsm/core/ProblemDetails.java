package dev.azsm.core;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 9457 problem ({@code application/problem+json}) as plain Java values: {@code type} is the
 * code's documentation link, {@code title} its message, {@code detail} what happened this time,
 * and {@code extensions} holds {@code code}, {@code recognized}, {@code remedy},
 * {@code retryable}, {@code mitigation} and {@code context}.
 *
 * @param type       the problem type: the code's documentation
 * @param title      the code's message
 * @param status     the HTTP status, or null when the problem is not an HTTP answer
 * @param detail     what happened this time, or null
 * @param instance   the occurrence (such as a job run's URI), or null
 * @param extensions the extension members
 */
public record ProblemDetails(URI type, String title, @Nullable Integer status, @Nullable String detail,
        @Nullable URI instance, Map<String, Object> extensions) {

    /**
     * Checks the required parts and copies the extensions.
     *
     * @throws NullPointerException naming the missing part
     */
    public ProblemDetails {
        Objects.requireNonNull(type, "type is null");
        Objects.requireNonNull(title, "title is null");
        extensions = Map.copyOf(Objects.requireNonNull(extensions, "extensions is null"));
    }

    /**
     * Returns a copy with an HTTP status, for serving the problem as an HTTP answer.
     *
     * @param httpStatus the status, such as 502
     * @return the copy
     */
    public ProblemDetails withStatus(int httpStatus) {
        return new ProblemDetails(type, title, httpStatus, detail, instance, extensions);
    }
}
