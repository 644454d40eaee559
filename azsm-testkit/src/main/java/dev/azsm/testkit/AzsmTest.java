package dev.azsm.testkit;

import dev.azsm.testkit.internal.AzsmExtension;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a {@link FakeStorageMover}: test methods (and constructors and
 * lifecycle methods) may take a {@code FakeStorageMover} and an {@code AgentClient} ready for it
 * as parameters. JUnit closes both after the test (or the class, with {@link Lifecycle#PER_CLASS}).
 *
 * <pre>{@code
 * @AzsmTest
 * class MigrationTests {
 *     @Test
 *     void reportsLeaseLoss(FakeStorageMover fake, AgentClient client) {
 *         String definition = fake.jobDefinitionId("p", "d");
 *         fake.onStart(definition, JobFailureScenarios.targetLeaseExpired());
 *         assertThatAzsmThrownBy(() -> migrate(client, definition)).hasCode("AZSM1023");
 *     }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(AzsmExtension.class)
public @interface AzsmTest {

    /**
     * Returns how long one fake lives.
     *
     * @return {@link Lifecycle#PER_METHOD} (the default) or {@link Lifecycle#PER_CLASS}
     */
    Lifecycle lifecycle() default Lifecycle.PER_METHOD;

    /** How long one fake lives. */
    enum Lifecycle {
        /** A new fake and client for every test method. */
        PER_METHOD,
        /** One fake and client for all the tests of the class. */
        PER_CLASS
    }
}
