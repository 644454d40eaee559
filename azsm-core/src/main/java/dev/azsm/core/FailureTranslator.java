package dev.azsm.core;

import dev.azsm.api.AzsmException;
import dev.azsm.core.internal.DefaultFailureTranslator;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Translates a low-level failure into the typed exception of the right code, given what the agent
 * was doing, in the spirit of Spring's {@code SQLExceptionTranslator}.
 *
 * <p>{@link #defaults()} knows {@code java.nio.file} exceptions ({@code AccessDeniedException},
 * {@code NoSuchFileException}, {@code NotDirectoryException}, {@code FileSystemException} with an
 * errno text), {@code IOException}, timeouts, unknown hosts, interruption, and storage failures
 * given as a {@link StorageFailure} (status and storage error code). Translators chain, so a
 * translator of your own goes first and returns null for what it does not know:
 *
 * <pre>{@code
 * FailureTranslator translator = ((op, failure, context) -> failure instanceof MyQuotaException q
 *         ? FileErrors.targetWriteRefused(context.get(ContextKeys.ITEM), q) : null)
 *         .orElse(FailureTranslator.defaults());
 * throw translator.translateOrFallback(Operation.WRITE_ITEM, e, Map.of(ContextKeys.ITEM, path));
 * }</pre>
 *
 * <p>Nothing is lost: the failure is the exception's cause, its description the detail, and the
 * operation is added to the context under {@code operation}. An {@link AzsmException} passes
 * through unchanged. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface FailureTranslator {

    /**
     * Translates a failure.
     *
     * @param operation what the agent was doing
     * @param failure   what went wrong
     * @param context   the context to put into the exception (job run, source, item, ...), possibly empty
     * @return the exception, or null if this translator does not recognise the failure
     */
    @Nullable AzsmException translate(Operation operation, Throwable failure, Map<String, String> context);

    /**
     * Translates a failure, falling back to the operation's miscellaneous code when this
     * translator returns null.
     *
     * @param operation what the agent was doing
     * @param failure   what went wrong
     * @param context   the context, or null
     * @return the exception, never null
     */
    default AzsmException translateOrFallback(Operation operation, Throwable failure,
            @Nullable Map<String, String> context) {
        Objects.requireNonNull(operation, "operation is null");
        Objects.requireNonNull(failure, "failure is null");
        Map<String, String> given = context == null ? Map.of() : context;
        AzsmException translated = translate(operation, failure, given);
        return translated != null ? translated : DefaultFailureTranslator.INSTANCE.translate(operation, failure, given);
    }

    /**
     * Returns a translator that asks this one first and the next one when this one returns null.
     *
     * @param next the translator to ask next
     * @return the chain
     */
    default FailureTranslator orElse(FailureTranslator next) {
        Objects.requireNonNull(next, "next is null");
        return (operation, failure, context) -> {
            AzsmException first = translate(operation, failure, context);
            return first != null ? first : next.translate(operation, failure, context);
        };
    }

    /**
     * Returns azsm's own translator, which recognises every failure (falling back to the
     * operation's miscellaneous code), so it belongs at the end of a chain.
     *
     * @return the default translator, never returning null
     */
    static FailureTranslator defaults() {
        return DefaultFailureTranslator.INSTANCE;
    }
}
