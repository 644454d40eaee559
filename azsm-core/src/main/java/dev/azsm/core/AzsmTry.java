package dev.azsm.core;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import io.vavr.CheckedFunction0;
import io.vavr.CheckedFunction1;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Vavr interop: run a step and get a typed failure as a value, recover by code, and collect
 * per-item failures next to successes without throwing.
 *
 * <pre>{@code
 * Either<AzsmException, Mount> mount = AzsmTry.attempt(Operation.MOUNT_SOURCE, () -> mounter.mount(share),
 *         Map.of(ContextKeys.SOURCE, share));
 *
 * Try<Lease> lease = Try.of(() -> claim(container))
 *         .recover(TargetAccessException.class, e -> waitAndClaim(container))            // by class: plain Vavr
 * lease = AzsmTry.recoverCode(lease, "AZSM1027", e -> breakStaleLease(container));       // by code
 *
 * AzsmTry.Outcomes<Path> copied = AzsmTry.forEachItem(paths, Operation.WRITE_ITEM, Path::toString, this::copy);
 * copied.failures();   // = Seq of FileException, one per failed item
 * }</pre>
 */
public final class AzsmTry {

    private AzsmTry() {
    }

    /**
     * Runs a step; a failure becomes its typed exception through {@link FailureTranslator#defaults()}.
     *
     * @param <T>       the step's result
     * @param operation what the step does
     * @param step      the step
     * @param context   the context for a failure, or null
     * @return the result on the right, or the typed failure on the left
     */
    public static <T> Either<AzsmException, T> attempt(Operation operation, CheckedFunction0<? extends T> step,
            @Nullable Map<String, String> context) {
        return attempt(operation, step, context, FailureTranslator.defaults());
    }

    /**
     * Runs a step; a failure becomes its typed exception through the given translator.
     *
     * @param <T>        the step's result
     * @param operation  what the step does
     * @param step       the step
     * @param context    the context for a failure, or null
     * @param translator the translator; its misses fall back to the operation's miscellaneous code
     * @return the result on the right, or the typed failure on the left
     */
    public static <T> Either<AzsmException, T> attempt(Operation operation, CheckedFunction0<? extends T> step,
            @Nullable Map<String, String> context, FailureTranslator translator) {
        Objects.requireNonNull(operation, "operation is null");
        Objects.requireNonNull(step, "step is null");
        Objects.requireNonNull(translator, "translator is null");
        return toEither(Try.of(step), operation, context, translator);
    }

    /**
     * Turns a {@link Try} into an {@link Either} with the typed failure on the left.
     *
     * @param <T>        the result
     * @param attempt    the attempt
     * @param operation  what the attempt did
     * @param context    the context for a failure, or null
     * @param translator the translator
     * @return the either
     */
    public static <T> Either<AzsmException, T> toEither(Try<? extends T> attempt, Operation operation,
            @Nullable Map<String, String> context, FailureTranslator translator) {
        Objects.requireNonNull(attempt, "attempt is null");
        if (attempt.isSuccess()) {
            return Either.right(attempt.get());
        }
        return Either.left(translator.translateOrFallback(operation, attempt.getCause(), context));
    }

    /**
     * Recovers a failed attempt whose failure is an {@link AzsmException} with the given code.
     *
     * @param <T>      the result
     * @param attempt  the attempt
     * @param code     the code to recover from, strictly well-formed
     * @param recovery what to return instead
     * @return the recovered attempt, or the attempt unchanged
     * @throws IllegalArgumentException if the code is malformed
     */
    public static <T> Try<T> recoverCode(Try<T> attempt, String code,
            Function<? super AzsmException, ? extends T> recovery) {
        Objects.requireNonNull(attempt, "attempt is null");
        Objects.requireNonNull(recovery, "recovery is null");
        AzsmCode wanted = AzsmCode.parse(code);
        return attempt.recover(AzsmException.class, e -> {
            if (e.code() != wanted) {
                throw e;
            }
            return recovery.apply(e);
        });
    }

    /**
     * Runs a step for every item and collects the successes and the typed failures apart; no
     * failure is thrown. Each failure carries the item's path in its context.
     *
     * @param <I>       the item
     * @param <R>       the step's result
     * @param items     the items
     * @param operation what the step does to an item (a per-item operation gives file codes)
     * @param itemPath  the path of an item
     * @param step      the step
     * @return the successes and failures, each in item order
     */
    public static <I, R> Outcomes<R> forEachItem(Iterable<? extends I> items, Operation operation,
            Function<? super I, String> itemPath, CheckedFunction1<? super I, ? extends R> step) {
        Objects.requireNonNull(items, "items is null");
        Objects.requireNonNull(itemPath, "itemPath is null");
        Objects.requireNonNull(step, "step is null");
        Vector<AzsmException> failures = Vector.empty();
        Vector<R> successes = Vector.empty();
        for (I item : items) {
            Try<? extends R> attempt = Try.of(() -> step.apply(item));
            if (attempt.isSuccess()) {
                successes = successes.append(attempt.get());
            } else {
                Map<String, String> context = new HashMap<>(2);
                context.put(ContextKeys.ITEM, itemPath.apply(item));
                failures = failures.append(
                        FailureTranslator.defaults().translateOrFallback(operation, attempt.getCause(), context));
            }
        }
        return new Outcomes<>(failures, successes);
    }

    /**
     * The results of a step over many items: the failures next to the successes.
     *
     * @param <R>       the step's result
     * @param failures  the typed failures, in item order
     * @param successes the results, in item order
     */
    public record Outcomes<R>(Seq<AzsmException> failures, Seq<R> successes) {

        /**
         * Checks both are present.
         *
         * @throws NullPointerException naming the missing part
         */
        public Outcomes {
            Objects.requireNonNull(failures, "failures is null");
            Objects.requireNonNull(successes, "successes is null");
        }

        /** @return whether no item failed */
        public boolean allSucceeded() {
            return failures.isEmpty();
        }
    }
}
