package dev.azsm.core.internal;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.core.ErrorCatalog;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the generated factory methods of AgentErrors, JobErrors and FileErrors call. */
public final class Factories {

    private Factories() {
    }

    /**
     * Creates the exception of a catalogued code, with the cause's description as the detail.
     *
     * @param code      the code
     * @param cause     the underlying failure, or null
     * @param key       the context key of the factory's subject (source, target, item, ...)
     * @param value     the subject, or null when unknown
     * @return the exception, with a stack trace
     */
    public static AzsmException create(String code, @Nullable Throwable cause, String key, @Nullable String value) {
        Map<String, String> context = new LinkedHashMap<>(2);
        if (value != null) {
            context.put(key, value);
        }
        return ErrorCatalog.defaults().newException(AzsmCode.parse(code), cause == null ? null : cause.toString(),
                context, cause, true);
    }
}
