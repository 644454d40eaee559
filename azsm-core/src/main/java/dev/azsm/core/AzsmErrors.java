package dev.azsm.core;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.Scope;
import dev.azsm.api.internal.Text;
import dev.azsm.core.internal.Payloads;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns a status code into its typed exception, and exceptions into error payloads and back.
 *
 * <pre>{@code
 * AzsmException e = AzsmErrors.fromCode("AZSM1024", "403 on container c1");
 * // = TargetAccessException: AZSM1024 Authorization failure on claiming the target container: 403 on container c1
 * AzsmErrors.fromCode("AZSM1077", null).isRecognized();   // = false: newer than this SDK, still a JobException
 * }</pre>
 *
 * <p>The mapping is forward compatible: a well-formed code that the catalogue does not have maps
 * to its block's category class where the block is named, else to its scope's class, with
 * {@link AzsmException#isRecognized()} false, the remedy of its block's miscellaneous code, and a
 * mitigation that says the code is newer than this SDK. A malformed code is an
 * {@link IllegalArgumentException} that quotes it; for codes received from a service, where a
 * malformed code must not crash the caller, use {@link #fromReportedCode}.
 *
 * <p>Everything here uses {@link ErrorCatalog#defaults()}; {@link #builder(String)} takes another
 * catalogue. All methods are thread-safe.
 */
public final class AzsmErrors {

    private AzsmErrors() {
    }

    /**
     * Returns the catalogue the mapping uses.
     *
     * @return {@link ErrorCatalog#defaults()}
     */
    public static ErrorCatalog catalog() {
        return ErrorCatalog.defaults();
    }

    /**
     * Maps a code and a message to the code's typed exception.
     *
     * @param code    the code, strictly well-formed, such as {@code "AZSM1024"}
     * @param message what happened this time (the service's or agent's message), or null
     * @return the exception, with a stack trace
     * @throws IllegalArgumentException if the code is malformed (quoting it), success or an outcome
     *     that is not a failure (saying so)
     */
    public static AzsmException fromCode(String code, @Nullable String message) {
        // Calls the catalogue directly: every frame here is a frame the stack trace must record.
        return catalog().newException(AzsmCode.parse(code), message, null, null, true);
    }

    /**
     * Maps a code, a message and context to the code's typed exception.
     *
     * @param code    the code, strictly well-formed
     * @param message what happened this time, or null
     * @param context the context (see {@link ContextKeys}), or null
     * @return the exception, with a stack trace
     * @throws IllegalArgumentException as {@link #fromCode(String, String)}
     */
    public static AzsmException fromCode(String code, @Nullable String message, @Nullable Map<String, String> context) {
        return catalog().newException(AzsmCode.parse(code), message, context, null, true);
    }

    /**
     * Maps a code, a message, context and a cause to the code's typed exception.
     *
     * @param code    the code, strictly well-formed
     * @param message what happened this time, or null
     * @param context the context, or null
     * @param cause   the underlying failure, or null
     * @return the exception, with a stack trace
     * @throws IllegalArgumentException as {@link #fromCode(String, String)}
     */
    public static AzsmException fromCode(String code, @Nullable String message, @Nullable Map<String, String> context,
            @Nullable Throwable cause) {
        return catalog().newException(AzsmCode.parse(code), message, context, cause, true);
    }

    /**
     * Maps a parsed code to its typed exception.
     *
     * @param code    the code
     * @param message what happened this time, or null
     * @param context the context, or null
     * @param cause   the underlying failure, or null
     * @return the exception, with a stack trace
     * @throws IllegalArgumentException if the code is success or an outcome that is not a failure
     */
    public static AzsmException fromCode(AzsmCode code, @Nullable String message, @Nullable Map<String, String> context,
            @Nullable Throwable cause) {
        return catalog().newException(code, message, context, cause, true);
    }

    /**
     * Maps a code as a service or log reported it, without ever failing on the code itself. A
     * missing, malformed or non-failure code becomes the scope's miscellaneous failure (job:
     * {@code AZSM1060}, file: {@code AZSM2080}, agent: {@code AZSM0020}) with the raw text under
     * {@link ContextKeys#RAW_CODE} and the reason under {@link ContextKeys#CODE_PROBLEM}.
     *
     * @param scope              the scope the failure is of, for the miscellaneous code
     * @param rawCode            the code as received, possibly null, blank or malformed
     * @param message            the message as received, or null
     * @param context            the context, or null
     * @param writableStackTrace whether to capture the stack trace (false for bulk decoding)
     * @return the exception, never null
     */
    public static AzsmException fromReportedCode(Scope scope, @Nullable String rawCode, @Nullable String message,
            @Nullable Map<String, String> context, boolean writableStackTrace) {
        Optional<AzsmCode> parsed = AzsmCode.tryParse(rawCode);
        if (parsed.isPresent() && parsed.get().block().isFailure()) {
            return catalog().newException(parsed.get(), message, context, null, writableStackTrace);
        }
        String problem;
        if (rawCode == null || rawCode.isBlank()) {
            problem = "the service gave no code";
        } else if (parsed.isPresent()) {
            problem = ErrorCatalog.notAFailure(catalog().describe(parsed.get())) + ", yet it was reported as a failure";
        } else {
            problem = AzsmCode.problemWith(rawCode).orElse("malformed code " + Text.quote(rawCode));
        }
        Map<String, String> kept = context == null ? new LinkedHashMap<>() : new LinkedHashMap<>(context);
        kept.put(ContextKeys.RAW_CODE, rawCode == null ? "" : rawCode);
        kept.put(ContextKeys.CODE_PROBLEM, problem);
        return catalog().newException(miscellaneousFailure(scope), message, kept, null, writableStackTrace);
    }

    /**
     * Returns the code a scope uses for a failure that no other code describes: the
     * miscellaneous code of its last named failure block (job: {@code AZSM1060}, file:
     * {@code AZSM2080}, agent: {@code AZSM0020}).
     *
     * @param scope the scope
     * @return the miscellaneous code
     */
    public static AzsmCode miscellaneousFailure(Scope scope) {
        return switch (scope) {
            case AGENT -> CodeBlock.AGENT_UPGRADE.miscellaneous();
            case JOB -> CodeBlock.JOB_EXECUTION.miscellaneous();
            case FILE -> CodeBlock.FILE_FAILED.miscellaneous();
        };
    }

    /**
     * Starts building an exception, for the rare case a factory method does not fit.
     *
     * <pre>{@code
     * throw AzsmErrors.builder("AZSM1023").detail("lease of c1 lost").context(ContextKeys.JOB_RUN, runId)
     *         .cause(e).build();
     * }</pre>
     *
     * @param code the code, strictly well-formed
     * @return a builder (not thread-safe)
     * @throws IllegalArgumentException if the code is malformed, quoting it
     */
    public static ErrorBuilder builder(String code) {
        return new ErrorBuilder(AzsmCode.parse(code));
    }

    /**
     * Starts building an exception for a parsed code.
     *
     * @param code the code
     * @return a builder (not thread-safe)
     */
    public static ErrorBuilder builder(AzsmCode code) {
        return new ErrorBuilder(code);
    }

    /**
     * Renders an exception as an Azure Resource Manager error: {@code code}, {@code message},
     * {@code target}, {@code details} (an azsm cause, nested) and {@code additionalInfo} (an entry of
     * type {@value ErrorPayload#AZSM_INFO_TYPE} with the detail and the context).
     *
     * @param e the exception
     * @return the payload; {@link #fromPayload(ErrorPayload)} gives back an equal exception
     */
    public static ErrorPayload toPayload(AzsmException e) {
        return Payloads.toPayload(Objects.requireNonNull(e, "exception is null"));
    }

    /**
     * Maps a Resource Manager error back to its exception. A payload without azsm's
     * additional info (from another producer) keeps its message as the detail and its target in
     * the context.
     *
     * @param payload the payload
     * @return the exception, with a stack trace
     * @throws IllegalArgumentException if the payload's code is malformed or not a failure
     */
    public static AzsmException fromPayload(ErrorPayload payload) {
        return Payloads.fromPayload(Objects.requireNonNull(payload, "payload is null"), catalog());
    }

    /**
     * Renders an exception as an RFC 9457 problem: {@code type} is the documentation link,
     * {@code title} the code's message, {@code detail} the detail, and the extension members
     * {@code code}, {@code recognized}, {@code remedy}, {@code retryable}, {@code mitigation} and
     * {@code context}.
     *
     * @param e the exception
     * @return the problem; {@link #fromProblem(ProblemDetails)} gives back an equal exception
     */
    public static ProblemDetails toProblem(AzsmException e) {
        return Payloads.toProblem(Objects.requireNonNull(e, "exception is null"));
    }

    /**
     * Maps an RFC 9457 problem made by {@link #toProblem} back to its exception.
     *
     * @param problem the problem
     * @return the exception, with a stack trace
     * @throws IllegalArgumentException if the problem has no {@code code} member, or it is malformed
     */
    public static AzsmException fromProblem(ProblemDetails problem) {
        return Payloads.fromProblem(Objects.requireNonNull(problem, "problem is null"), catalog());
    }
}
