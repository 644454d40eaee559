package dev.azsm.client;

import dev.azsm.api.internal.Redaction;
import dev.azsm.api.internal.Text;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Storage Mover REST API (Azure Resource Manager) answered with an error, or could not be
 * reached.
 *
 * <p>This is deliberately <em>not</em> an {@code AzsmException}: those carry the agent's AZSM
 * status codes, which say what went wrong in a migration. A Resource Manager error
 * ({@code {"error": {"code": "AuthorizationFailed", ...}}}) says the call itself failed: the caller
 * lacks a role, the resource does not exist, the service is throttling. Keeping them apart lets a
 * program tell "my job failed" ({@code catch (JobException e)}) from "I could not ask"
 * ({@code catch (StorageMoverServiceException e)}).
 *
 * <p>{@link #kind()} says what to do: {@link Kind#PERMISSION} and {@link Kind#AUTHENTICATION}
 * (401/403), {@link Kind#NOT_FOUND} (404), {@link Kind#CONFLICT} (409), {@link Kind#THROTTLED}
 * (429) and {@link Kind#SERVER_ERROR} (5xx) after the client's retries, {@link Kind#TIMEOUT},
 * {@link Kind#CONNECTION}, {@link Kind#MALFORMED_RESPONSE} and {@link Kind#BAD_REQUEST}. Nothing is
 * lost: the status, the service's code, message and target, the {@code x-ms-request-id} and
 * {@code x-ms-correlation-request-id} and the response body (redacted, cut at 64 KiB) are kept.
 */
public class StorageMoverServiceException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int MAX_BODY = 64 * 1024;

    /** What kind of failure the call met. */
    public enum Kind {
        /** 401: the token was missing, expired or not accepted. */
        AUTHENTICATION(false),
        /** 403: the caller lacks a role on the resource. */
        PERMISSION(false),
        /** 404: the resource does not exist. */
        NOT_FOUND(false),
        /** 409: the resource is in a state that refuses the call (such as a run already active). */
        CONFLICT(false),
        /** Another 4xx: the request was wrong. */
        BAD_REQUEST(false),
        /** 429 after the client's retries. */
        THROTTLED(true),
        /** 5xx after the client's retries. */
        SERVER_ERROR(true),
        /** No answer in time. */
        TIMEOUT(true),
        /** The service could not be reached or the connection broke. */
        CONNECTION(true),
        /** The service answered with a body that is not what the API documents. */
        MALFORMED_RESPONSE(false);

        private final boolean transientFailure;

        Kind(boolean transientFailure) {
            this.transientFailure = transientFailure;
        }

        /** @return whether trying again later may succeed */
        public boolean isTransient() {
            return transientFailure;
        }

        /**
         * Returns the kind of an HTTP error status.
         *
         * @param status the status, 400..599
         * @return the kind
         */
        public static Kind ofStatus(int status) {
            return switch (status) {
                case 401 -> AUTHENTICATION;
                case 403 -> PERMISSION;
                case 404 -> NOT_FOUND;
                case 409 -> CONFLICT;
                case 408, 504 -> TIMEOUT;
                case 429 -> THROTTLED;
                default -> status >= 500 ? SERVER_ERROR : BAD_REQUEST;
            };
        }
    }

    /** @serial the kind */
    private final Kind kind;
    /** @serial the HTTP status, or 0 without an answer */
    private final int status;
    /** @serial the service's error code, or null */
    private final @Nullable String errorCode;
    /** @serial the service's message, or null */
    private final @Nullable String serviceMessage;
    /** @serial the service's error target, or null */
    private final @Nullable String target;
    /** @serial x-ms-request-id, or null */
    private final @Nullable String requestId;
    /** @serial x-ms-correlation-request-id, or null */
    private final @Nullable String correlationId;
    /** @serial the response body, redacted and bounded, or null */
    private final @Nullable String responseBody;

    /**
     * Creates the exception.
     *
     * @param kind           the kind
     * @param operation      what the client was doing, such as {@code "GET job run .../jobRuns/r1"}
     * @param status         the HTTP status, or 0 without an answer
     * @param errorCode      the service's error code, or null
     * @param serviceMessage the service's message, or null
     * @param target         the service's error target, or null
     * @param requestId      the {@code x-ms-request-id}, or null
     * @param correlationId  the {@code x-ms-correlation-request-id}, or null
     * @param responseBody   the response body, or null
     * @param cause          the underlying failure, or null
     */
    public StorageMoverServiceException(Kind kind, String operation, int status, @Nullable String errorCode,
            @Nullable String serviceMessage, @Nullable String target, @Nullable String requestId,
            @Nullable String correlationId, @Nullable String responseBody, @Nullable Throwable cause) {
        super(message(kind, operation, status, errorCode, serviceMessage, requestId), cause);
        this.kind = Objects.requireNonNull(kind, "kind is null");
        this.status = status;
        this.errorCode = errorCode;
        this.serviceMessage = Redaction.redact(serviceMessage);
        this.target = target;
        this.requestId = requestId;
        this.correlationId = correlationId;
        this.responseBody = responseBody == null ? null
                : Redaction.redact(responseBody.length() > MAX_BODY ? responseBody.substring(0, MAX_BODY) : responseBody);
    }

    private static String message(Kind kind, String operation, int status, @Nullable String errorCode,
            @Nullable String serviceMessage, @Nullable String requestId) {
        StringBuilder out = new StringBuilder(Text.escape(operation)).append(" failed: ")
                .append(kind.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        if (status > 0) {
            out.append(" (HTTP ").append(status).append(')');
        }
        if (errorCode != null) {
            out.append(' ').append(Text.escape(errorCode));
        }
        if (serviceMessage != null) {
            out.append(": ").append(Text.escape(Redaction.redact(serviceMessage)));
        }
        if (requestId != null) {
            out.append(" [x-ms-request-id ").append(Text.escape(requestId)).append(']');
        }
        return out.toString();
    }

    /** @return the kind of failure */
    public Kind kind() {
        return kind;
    }

    /** @return whether trying again later may succeed */
    public boolean isTransient() {
        return kind.isTransient();
    }

    /** @return the HTTP status, or 0 when there was no answer */
    public int status() {
        return status;
    }

    /** @return the service's error code, such as {@code AuthorizationFailed} */
    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    /** @return the service's message, secrets masked */
    public Optional<String> serviceMessage() {
        return Optional.ofNullable(serviceMessage);
    }

    /** @return the service's error target */
    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    /** @return the {@code x-ms-request-id} of the answer */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** @return the {@code x-ms-correlation-request-id} of the answer */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /** @return the response body, secrets masked, cut at 64 KiB */
    public Optional<String> responseBody() {
        return Optional.ofNullable(responseBody);
    }
}
