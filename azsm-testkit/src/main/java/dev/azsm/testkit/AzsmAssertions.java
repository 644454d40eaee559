package dev.azsm.testkit;

import dev.azsm.api.AzsmException;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * AssertJ entry points for azsm exceptions.
 *
 * <pre>{@code
 * assertThatAzsmThrownBy(() -> client.awaitJobRun(run, timeout))
 *         .hasCode("AZSM1024").isInstanceOf(TargetAccessException.class).isNotRetryable()
 *         .hasContextEntry(ContextKeys.JOB_RUN, run);
 * }</pre>
 */
public final class AzsmAssertions {

    private AzsmAssertions() {
    }

    /**
     * Starts assertions on an exception.
     *
     * @param actual the exception
     * @return the assertion
     */
    public static AzsmExceptionAssert assertThat(AzsmException actual) {
        return new AzsmExceptionAssert(actual);
    }

    /**
     * Runs code that must throw an {@link AzsmException}, and starts assertions on it.
     *
     * @param code the code
     * @return the assertion
     * @throws AssertionError if nothing, or something else, is thrown (naming what was)
     */
    public static AzsmExceptionAssert assertThatAzsmThrownBy(ThrowingCallable code) {
        Throwable thrown = Assertions.catchThrowable(code);
        if (thrown == null) {
            throw new AssertionError("Expecting code to throw an AzsmException, but it threw nothing");
        }
        if (!(thrown instanceof AzsmException azsm)) {
            AssertionError error = new AssertionError("Expecting code to throw an AzsmException, but it threw:\n  "
                    + thrown);
            error.initCause(thrown);
            throw error;
        }
        return new AzsmExceptionAssert(azsm);
    }
}
