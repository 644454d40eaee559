package dev.azsm.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A fault {@link FakeStorageMover} applies to a request instead of (or before) its normal answer,
 * to test how code copes with a service that misbehaves.
 *
 * <pre>{@code
 * fake.inject(Fault.throttle(Duration.ofSeconds(1)), 2);    // the next 2 requests get 429, Retry-After: 1
 * fake.injectRandomly(Fault.status(503), 0.3, 42);         // 30% of requests, seeded
 * }</pre>
 */
public sealed interface Fault {

    /**
     * Answers 429 Too Many Requests with a {@code Retry-After} header and an ARM error body.
     *
     * @param retryAfter the delay to announce, whole seconds
     * @return the fault
     */
    static Fault throttle(Duration retryAfter) {
        return new Throttle(retryAfter);
    }

    /**
     * Answers with an HTTP error status and an ARM error body.
     *
     * @param status 400..599
     * @return the fault
     */
    static Fault status(int status) {
        return new Status(status);
    }

    /**
     * Answers with an HTTP error status and a Resource Manager error of the given code and message.
     *
     * @param status  400..599
     * @param code    the error's code, such as {@code "AuthorizationFailed"}
     * @param message the error's message
     * @return the fault
     */
    static Fault error(int status, String code, String message) {
        return new Error(new Status(status).status(), code, message);
    }

    /**
     * Waits before the normal answer: simulates a slow service.
     *
     * @param delay how long to wait
     * @return the fault
     */
    static Fault delay(Duration delay) {
        return new Delay(delay);
    }

    /**
     * Closes the connection without an answer: simulates a connection reset.
     *
     * @return the fault
     */
    static Fault reset() {
        return new Reset();
    }

    /**
     * Answers 200 with a body that is not JSON: simulates a broken proxy or service.
     *
     * @return the fault
     */
    static Fault malformedBody() {
        return new MalformedBody();
    }

    /** 429 with Retry-After. @param retryAfter the announced delay */
    record Throttle(Duration retryAfter) implements Fault {
        /** Checks the delay. */
        public Throttle {
            Objects.requireNonNull(retryAfter, "retryAfter is null");
        }
    }

    /** An error status. @param status the status */
    record Status(int status) implements Fault {
        /** Checks the status. */
        public Status {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("A fault status must be 400..599, but is " + status);
            }
        }
    }

    /** An error status with a given error code and message. @param status the status @param code the code @param message the message */
    record Error(int status, String code, String message) implements Fault {
        /** Checks the parts. */
        public Error {
            Objects.requireNonNull(code, "code is null");
            Objects.requireNonNull(message, "message is null");
        }
    }

    /** A slow answer. @param delay the wait */
    record Delay(Duration delay) implements Fault {
        /** Checks the delay. */
        public Delay {
            Objects.requireNonNull(delay, "delay is null");
        }
    }

    /** A connection closed without an answer. */
    record Reset() implements Fault {
    }

    /** A body that is not JSON. */
    record MalformedBody() implements Fault {
    }
}
