package dev.azsm.testkit;

import dev.azsm.api.Scope;
import dev.azsm.testkit.internal.AzsmCodesProvider;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Runs a {@code @ParameterizedTest} once per catalogued failure code, as an {@code AzsmCode} (or
 * its {@code String}): a rule that holds for every code is tested on every code.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @AzsmCodes(scope = Scope.JOB, includeUncatalogued = true)
 * void everyJobFailureIsReported(AzsmCode code) { ... }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(AzsmCodesProvider.class)
public @interface AzsmCodes {

    /**
     * Returns the scopes whose codes to run with.
     *
     * @return the scopes; all three by default
     */
    Scope[] scope() default {Scope.AGENT, Scope.JOB, Scope.FILE};

    /**
     * Returns whether to add, for each named failure block of the scopes, one code the catalogue
     * does not have, to test forward compatibility.
     *
     * @return false by default
     */
    boolean includeUncatalogued() default false;

    /**
     * Returns whether to add the catalogued outcomes that are not failures (excluded, no copy
     * necessary).
     *
     * @return false by default
     */
    boolean includeOutcomes() default false;
}
