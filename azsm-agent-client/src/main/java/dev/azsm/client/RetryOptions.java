package dev.azsm.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries: exponential backoff from {@code initialDelay} to {@code maxDelay} with
 * jitter, at most {@code maxRetries} times and within {@code maxElapsed}, honouring
 * {@code Retry-After} up to {@code maxDelay}.
 *
 * <p>What is retried: a {@code GET} on 408, 429, 500, 502, 503, 504, a timeout or a broken
 * connection. {@code POST} ({@code startJob}, {@code stopJob}) only where the service cannot have
 * acted on it: a connection that could not be opened, or 429 (throttled before it was processed).
 * A {@code startJob} that may have reached the service is never retried, so a retry never creates
 * a second job run.
 *
 * @param maxRetries   retries after the first try, 0..20
 * @param initialDelay the first backoff delay
 * @param maxDelay     the largest delay, also the cap for {@code Retry-After}
 * @param maxElapsed   the most time all tries of one call may take
 */
public record RetryOptions(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxElapsed) {

    /** Three retries from 0.8 s up to 30 s, within 2 minutes. */
    public static final RetryOptions DEFAULTS =
            new RetryOptions(3, Duration.ofMillis(800), Duration.ofSeconds(30), Duration.ofMinutes(2));

    /** No retries. */
    public static final RetryOptions NONE = new RetryOptions(0, Duration.ofMillis(1), Duration.ofMillis(1),
            Duration.ofMinutes(2));

    /**
     * Checks the options.
     *
     * @throws IllegalArgumentException saying which option is out of range
     */
    public RetryOptions {
        Objects.requireNonNull(initialDelay, "initialDelay is null");
        Objects.requireNonNull(maxDelay, "maxDelay is null");
        Objects.requireNonNull(maxElapsed, "maxElapsed is null");
        if (maxRetries < 0 || maxRetries > 20) {
            throw new IllegalArgumentException("maxRetries is " + maxRetries + ", expected 0..20");
        }
        if (initialDelay.isNegative() || initialDelay.isZero() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("Retry delays must be positive with maxDelay >= initialDelay, but are "
                    + initialDelay + " and " + maxDelay);
        }
        if (maxElapsed.isNegative() || maxElapsed.isZero()) {
            throw new IllegalArgumentException("maxElapsed must be positive, but is " + maxElapsed);
        }
    }
}
