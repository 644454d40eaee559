package dev.azsm.core.internal;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileException;
import dev.azsm.api.internal.Text;
import dev.azsm.core.ErrorCatalog;
import dev.azsm.core.ErrorPayload;
import dev.azsm.core.ErrorPayload.AdditionalInfo;
import dev.azsm.core.ProblemDetails;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Maps exceptions to {@link ErrorPayload} and {@link ProblemDetails} and back, losing nothing. */
public final class Payloads {

    private static final String DETAIL = "detail";
    private static final String CONTEXT = "context";
    private static final String CODE = "code";

    private Payloads() {
    }

    /**
     * Renders an exception as a Resource Manager error.
     *
     * @param e the exception
     * @return the payload
     */
    public static ErrorPayload toPayload(AzsmException e) {
        Map<String, Object> info = new LinkedHashMap<>(describe(e));
        e.detail().ifPresent(detail -> info.put(DETAIL, detail));
        List<ErrorPayload> details = e.getCause() instanceof AzsmException cause ? List.of(toPayload(cause)) : List.of();
        return new ErrorPayload(e.code().toString(), e.getMessage(), target(e), details,
                List.of(new AdditionalInfo(ErrorPayload.AZSM_INFO_TYPE, info)));
    }

    /**
     * Maps a Resource Manager error back to its exception.
     *
     * @param payload the payload
     * @param catalog the catalogue to describe the code with
     * @return the exception
     */
    public static AzsmException fromPayload(ErrorPayload payload, ErrorCatalog catalog) {
        AdditionalInfo azsm = payload.additionalInfo().stream()
                .filter(i -> ErrorPayload.AZSM_INFO_TYPE.equals(i.type())).findFirst().orElse(null);
        String detail;
        Map<String, String> context;
        if (azsm != null) {
            detail = azsm.info().get(DETAIL) instanceof String s ? s : null;
            context = strings(azsm.info().get(CONTEXT));
        } else {
            detail = payload.message();
            context = payload.target() == null ? Map.of() : Map.of(ContextKeys.SERVICE_TARGET, payload.target());
        }
        Throwable cause = payload.details().isEmpty() ? null : fromPayload(payload.details().get(0), catalog);
        return catalog.newException(AzsmCode.parse(payload.code()), detail, context, cause, true);
    }

    /**
     * Renders an exception as an RFC 9457 problem.
     *
     * @param e the exception
     * @return the problem
     */
    public static ProblemDetails toProblem(AzsmException e) {
        return new ProblemDetails(e.documentation(), e.title(), null, e.detail().orElse(null), null, describe(e));
    }

    /**
     * Maps an RFC 9457 problem back to its exception.
     *
     * @param problem the problem
     * @param catalog the catalogue to describe the code with
     * @return the exception
     */
    public static AzsmException fromProblem(ProblemDetails problem, ErrorCatalog catalog) {
        Object code = problem.extensions().get(CODE);
        if (!(code instanceof String text)) {
            throw new IllegalArgumentException("The problem " + Text.quote(problem.title()) + " has no string \"code\""
                    + " extension member (it has " + problem.extensions().keySet() + "); expected a problem made by azsm");
        }
        return catalog.newException(AzsmCode.parse(text), problem.detail(), strings(problem.extensions().get(CONTEXT)),
                null, true);
    }

    private static Map<String, Object> describe(AzsmException e) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put(CODE, e.code().toString());
        info.put("recognized", e.isRecognized());
        info.put("remedy", e.remedy().name());
        info.put("retryable", e.isRetryable());
        info.put("mitigation", e.mitigation());
        info.put("documentation", e.documentation().toString());
        info.put(CONTEXT, e.context());
        return info;
    }

    private static @Nullable String target(AzsmException e) {
        if (e instanceof FileException file && file.itemPath().isPresent()) {
            return file.itemPath().get();
        }
        return e.context(ContextKeys.SERVICE_TARGET).or(() -> e.context(ContextKeys.TARGET)).orElse(null);
    }

    private static Map<String, String> strings(@Nullable Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> {
            if (k != null && v != null) {
                out.put(k.toString(), v.toString());
            }
        });
        return Collections.unmodifiableMap(out);
    }
}
