package dev.azsm.testkit;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.FileException;
import dev.azsm.api.Remedy;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * AssertJ assertions on an {@link AzsmException}; start with
 * {@link AzsmAssertions#assertThat(AzsmException)}. Failure messages show the exception's code,
 * message and context.
 */
public class AzsmExceptionAssert extends AbstractThrowableAssert<AzsmExceptionAssert, AzsmException> {

    /**
     * Creates the assertion.
     *
     * @param actual the exception
     */
    public AzsmExceptionAssert(AzsmException actual) {
        super(actual, AzsmExceptionAssert.class);
    }

    /**
     * Verifies the code.
     *
     * @param code the expected code, such as {@code "AZSM1024"}
     * @return this
     */
    public AzsmExceptionAssert hasCode(String code) {
        return hasCode(AzsmCode.parse(code));
    }

    /**
     * Verifies the code.
     *
     * @param code the expected code
     * @return this
     */
    public AzsmExceptionAssert hasCode(AzsmCode code) {
        isNotNull();
        if (actual.code() != code) {
            failWithMessage("%nExpecting code to be:%n  %s%nbut was:%n  %s%nin:%n  %s", code, actual.code(), describe());
        }
        return this;
    }

    /** Verifies retrying may help. @return this */
    public AzsmExceptionAssert isRetryable() {
        isNotNull();
        if (!actual.isRetryable()) {
            failWithMessage("%nExpecting a retryable failure, but the remedy is %s in:%n  %s", actual.remedy(), describe());
        }
        return this;
    }

    /** Verifies a person must act. @return this */
    public AzsmExceptionAssert isNotRetryable() {
        isNotNull();
        if (actual.isRetryable()) {
            failWithMessage("%nExpecting a failure that is not retryable, but it is in:%n  %s", describe());
        }
        return this;
    }

    /**
     * Verifies the remedy.
     *
     * @param remedy the expected remedy
     * @return this
     */
    public AzsmExceptionAssert hasRemedy(Remedy remedy) {
        isNotNull();
        if (actual.remedy() != remedy) {
            failWithMessage("%nExpecting remedy to be:%n  %s%nbut was:%n  %s%nin:%n  %s", remedy, actual.remedy(), describe());
        }
        return this;
    }

    /** Verifies the code is catalogued. @return this */
    public AzsmExceptionAssert isRecognized() {
        isNotNull();
        if (!actual.isRecognized()) {
            failWithMessage("%nExpecting a code the catalogue knows, but %s is not recognised in:%n  %s", actual.code(),
                    describe());
        }
        return this;
    }

    /** Verifies the code is not catalogued (newer than this SDK). @return this */
    public AzsmExceptionAssert isNotRecognized() {
        isNotNull();
        if (actual.isRecognized()) {
            failWithMessage("%nExpecting a code newer than the catalogue, but %s is catalogued in:%n  %s", actual.code(),
                    describe());
        }
        return this;
    }

    /**
     * Verifies one context entry.
     *
     * @param key   the key
     * @param value the expected value
     * @return this
     */
    public AzsmExceptionAssert hasContextEntry(String key, String value) {
        isNotNull();
        if (!Objects.equals(actual.context().get(key), value)) {
            failWithMessage("%nExpecting context to contain:%n  %s=%s%nbut it was:%n  %s%nin:%n  %s", key, value,
                    actual.context(), describe());
        }
        return this;
    }

    /**
     * Verifies the item path of a file failure.
     *
     * @param itemPath the expected path
     * @return this
     */
    public AzsmExceptionAssert hasItemPath(String itemPath) {
        isNotNull();
        if (!(actual instanceof FileException file) || !file.itemPath().equals(Optional.of(itemPath))) {
            failWithMessage("%nExpecting a file failure of item:%n  %s%nbut was:%n  %s", itemPath, describe());
        }
        return this;
    }

    /**
     * Verifies the exception reports the same failure as another: same class, code, text, detail
     * and context.
     *
     * @param expected the other exception
     * @return this
     */
    public AzsmExceptionAssert reportsSameFailureAs(AzsmException expected) {
        isNotNull();
        if (!actual.sameFailureAs(expected)) {
            failWithMessage("%nExpecting the same failure as:%n  %s%nbut was:%n  %s", expected, describe());
        }
        return this;
    }

    private String describe() {
        return actual.toString();
    }
}
