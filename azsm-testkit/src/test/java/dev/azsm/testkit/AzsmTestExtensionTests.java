package dev.azsm.testkit;

import static dev.azsm.testkit.AzsmAssertions.assertThatAzsmThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.azsm.api.TargetAccessException;
import dev.azsm.client.AgentClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("@AzsmTest")
class AzsmTestExtensionTests {

    @Nested
    @AzsmTest
    @DisplayName("per method")
    class PerMethod {

        @Test
        @DisplayName("injects a running fake and a client for it")
        void injects(FakeStorageMover fake, AgentClient client) {
            String definition = fake.jobDefinitionId("p", "d");
            fake.onStart(definition, JobFailureScenarios.targetLeaseExpired());
            String run = client.startJob(definition);
            assertThatAzsmThrownBy(() -> client.awaitJobRun(run, Duration.ofSeconds(10)))
                    .hasCode("AZSM1023").isInstanceOf(TargetAccessException.class);
            assertThat(fake.requests()).isNotEmpty().allMatch(RecordedRequest::hadBearer);
        }
    }

    @Nested
    @AzsmTest(lifecycle = AzsmTest.Lifecycle.PER_CLASS)
    @DisplayName("per class")
    class PerClass {

        static FakeStorageMover first;

        @Test
        @DisplayName("shares one fake between the tests of the class (a)")
        void a(FakeStorageMover fake) {
            remember(fake);
        }

        @Test
        @DisplayName("shares one fake between the tests of the class (b)")
        void b(FakeStorageMover fake) {
            remember(fake);
        }

        private void remember(FakeStorageMover fake) {
            if (first == null) {
                first = fake;
            }
            assertThat(fake).isSameAs(first);
        }

        @AfterAll
        static void closedAfterTheClass() {
            first = null;
        }
    }
}
