package dev.azsm.core;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds an exception step by step, for the rare case a factory method does not fit; start with
 * {@link AzsmErrors#builder(String)}. Not thread-safe; {@link #build()} may be called again.
 */
public final class ErrorBuilder {

    private final AzsmCode code;
    private final Map<String, String> context = new LinkedHashMap<>();
    private @Nullable String detail;
    private @Nullable Throwable cause;
    private boolean stackTrace = true;
    private ErrorCatalog catalog = ErrorCatalog.defaults();

    ErrorBuilder(AzsmCode code) {
        this.code = Objects.requireNonNull(code, "code is null");
    }

    /**
     * @param detail what happened this time, or null
     * @return this builder
     */
    public ErrorBuilder detail(@Nullable String detail) {
        this.detail = detail;
        return this;
    }

    /**
     * Adds one context entry; a null value is ignored.
     *
     * @param key   the key (see {@code ContextKeys})
     * @param value the value, or null
     * @return this builder
     */
    public ErrorBuilder context(String key, @Nullable String value) {
        Objects.requireNonNull(key, "key is null");
        if (value != null) {
            context.put(key, value);
        }
        return this;
    }

    /**
     * @param entries context entries to add; null values are ignored
     * @return this builder
     */
    public ErrorBuilder context(Map<String, String> entries) {
        Objects.requireNonNull(entries, "entries is null").forEach(this::context);
        return this;
    }

    /**
     * @param cause the underlying failure, or null
     * @return this builder
     */
    public ErrorBuilder cause(@Nullable Throwable cause) {
        this.cause = cause;
        return this;
    }

    /**
     * Skips capturing the stack trace, for bulk per-item failures.
     * @return this builder
     */
    public ErrorBuilder withoutStackTrace() {
        this.stackTrace = false;
        return this;
    }

    /**
     * @param catalog the catalogue to describe the code with; default {@link ErrorCatalog#defaults()}
     * @return this builder
     */
    public ErrorBuilder catalog(ErrorCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog is null");
        return this;
    }

    /**
     * Builds the exception.
     *
     * @return the typed exception of the code
     * @throws IllegalArgumentException if the code is success or an outcome that is not a failure
     */
    public AzsmException build() {
        return catalog.newException(code, detail, context, cause, stackTrace);
    }
}
