package dev.azsm.testkit;

import static dev.azsm.testkit.AzsmAssertions.assertThatAzsmThrownBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.example.fixtures.HandBuildsExceptions;
import com.example.fixtures.UsesFactories;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileTransferException;
import dev.azsm.api.Remedy;
import dev.azsm.api.Scope;
import dev.azsm.api.TargetAccessException;
import dev.azsm.client.AgentClient;
import dev.azsm.core.AzsmErrors;
import dev.azsm.core.CatalogEntry;
import dev.azsm.testkit.internal.AzsmCodesProvider;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;

@DisplayName("The test kit")
class TestKitTests {

    @Nested
    @DisplayName("scenarios")
    class Scenarios {

        @Test
        @DisplayName("name one scenario after every catalogued job failure, as its factory is named")
        void namedScenarios() throws Exception {
            for (CatalogEntry entry : AzsmErrors.catalog().entries(Scope.JOB)) {
                if (!entry.isFailure()) {
                    continue;
                }
                Method method = JobFailureScenarios.class.getMethod(entry.factory().orElseThrow());
                Scenario scenario = (Scenario) method.invoke(null);
                assertThat(scenario.code()).contains(entry.code());
                assertThat(scenario.exception().code()).isSameAs(entry.code());
            }
            assertThat(JobFailureScenarios.all()).hasSize(23);
            assertThat(JobFailureScenarios.targetLeaseExpired().exception()).isInstanceOf(TargetAccessException.class);
        }

        @Test
        @DisplayName("name one scenario after every catalogued file and agent failure too")
        void namedFileAndAgentScenarios() throws Exception {
            for (CatalogEntry entry : AzsmErrors.catalog().entries()) {
                if (!entry.isFailure() || entry.code().scope() == Scope.JOB) {
                    continue;
                }
                String name = entry.factory().orElseThrow();
                if (entry.code().scope() == Scope.FILE) {
                    Scenario scenario = (Scenario) FileFailureScenarios.class.getMethod(name).invoke(null);
                    assertThat(scenario.copyLogRows()).hasSize(10)
                            .allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(entry.code().toString()));
                } else {
                    AgentScenario scenario = (AgentScenario) AgentFailureScenarios.class.getMethod(name).invoke(null);
                    assertThat(scenario.exception("a").code()).isSameAs(entry.code());
                }
            }
            assertThat(FileFailureScenarios.class.getDeclaredMethods()).filteredOn(m -> m.getReturnType() == Scenario.class
                    && m.getParameterCount() == 0).hasSize(19);
            assertThat(AgentFailureScenarios.class.getDeclaredMethods()).filteredOn(m -> m.getReturnType() == AgentScenario.class
                    && m.getParameterCount() == 0).hasSize(5);
        }

        @Test
        @DisplayName("compose: scan, transfer, fail files, then fail the run")
        void compose() {
            Scenario s = Scenario.builder("partial copy, then lease lost").scan(10_000).transfer(9_990)
                    .failFiles(10, "AZSM2062").fail("AZSM1023", "lease on c1 lost").build();
            assertThat(s.script().steps()).hasSize(7);
            assertThat(s.script().last()).containsEntry("itemsScanned", 10_000L).containsEntry("itemsTransferred", 9_990L)
                    .containsEntry("itemsFailed", 10L).containsEntry("status", "Failed");
            assertThat(s.copyLogRows()).hasSize(10).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo("AZSM2062"));
            AzsmAssertions.assertThat(s.exception()).hasCode("AZSM1023").isRetryable()
                    .hasContextEntry(ContextKeys.SERVICE_MESSAGE, "lease on c1 lost");
            assertThat(s.jobRunJson("/x/jobRuns/r9")).contains("\"AZSM1023\"").contains("\"name\":\"r9\"");
            assertThatThrownBy(() -> Scenario.builder("too many").scan(5).transfer(5).failFiles(1, "AZSM2062").build())
                    .hasMessage("Scenario \"too many\" transfers 5 and fails 1 items but scans only 5");
        }

        @Test
        @DisplayName("give file and agent failures as production decodes them")
        void fileAndAgent() {
            AzsmAssertions.assertThat(FileFailureScenarios.exception("AZSM2062", "data/a.txt")).hasCode("AZSM2062")
                    .isInstanceOf(FileTransferException.class).hasItemPath("data/a.txt").hasRemedy(Remedy.GRANT_PERMISSION);
            AzsmAssertions.assertThat(AgentFailureScenarios.exception("agent-9", "AZSM0001")).hasCode("AZSM0001")
                    .hasContextEntry(ContextKeys.AGENT, "agent-9");
            assertThatThrownBy(() -> FileFailureScenarios.run("AZSM2001", 3))
                    .hasMessageStartingWith("AZSM2001 is not a file failure code");
        }
    }

    @Nested
    @DisplayName("@AzsmCodes")
    class Codes {

        @Test
        @DisplayName("stands for every catalogued failure of the scopes, plus one uncatalogued code per named block")
        void codes() {
            assertThat(AzsmCodesProvider.codes(Set.of(Scope.JOB), false, false)).hasSize(23);
            List<AzsmCode> withNew = AzsmCodesProvider.codes(Set.of(Scope.JOB), true, false);
            assertThat(withNew).hasSize(26).contains(AzsmCode.of(1005), AzsmCode.of(1032), AzsmCode.of(1046)).isSorted();
            assertThat(AzsmCodesProvider.codes(Set.of(Scope.FILE), false, true)).contains(AzsmCode.of(2001));
        }

        @ParameterizedTest(name = "{0}")
        @AzsmCodes(scope = Scope.JOB, includeUncatalogued = true)
        @DisplayName("runs a test once per code: every job failure maps to a JobException of its own code")
        void everyJobCode(AzsmCode code) {
            AzsmAssertions.assertThat(AzsmErrors.fromCode(code, null, null, null)).hasCode(code)
                    .isInstanceOf(dev.azsm.api.JobException.class);
        }
    }

    @Nested
    @DisplayName("Mockito helpers")
    class Mockito {

        interface Storage {
            String claim(String container);
        }

        @Test
        @DisplayName("an Answer throws the scenario's exception")
        void answer() {
            Storage storage = mock(Storage.class);
            when(storage.claim(any())).thenAnswer(AzsmMockito.failWith(JobFailureScenarios.targetLeaseExpired()));
            assertThatAzsmThrownBy(() -> storage.claim("c1")).hasCode("AZSM1023").isInstanceOf(TargetAccessException.class);
        }

        @Test
        @Timeout(20)
        @DisplayName("the mock client and the real client on the fake service yield equal exceptions")
        void sameAsRealClient() {
            Scenario scenario = JobFailureScenarios.targetAuthorizationFailed();
            AzsmException mocked;
            AgentClient mock = AzsmMockito.failingClient(scenario);
            String mockedRun = mock.startJob("/any");
            mocked = AzsmAssertions.assertThatAzsmThrownBy(() -> mock.awaitJobRun(mockedRun, Duration.ofSeconds(1))).actual();
            try (FakeStorageMover fake = FakeStorageMover.start(); AgentClient client = fake.client()) {
                String definition = fake.jobDefinitionId("project", "definition");
                fake.onStart(definition, scenario);
                String run = client.startJob(definition);
                assertThat(run).isEqualTo(Scenario.EXAMPLE_RUN_ID);
                assertThatAzsmThrownBy(() -> client.awaitJobRun(run, Duration.ofSeconds(10))).reportsSameFailureAs(mocked)
                        .isExactlyInstanceOf(mocked.getClass()).hasMessage(mocked.getMessage());
            }
        }
    }

    @Nested
    @DisplayName("AssertJ assertions")
    class AssertJ {

        @Test
        @DisplayName("fail with messages that show code, message and context")
        void messages() {
            AzsmException e = AzsmErrors.fromCode("AZSM1024", "403", java.util.Map.of(ContextKeys.JOB_RUN, "run-7"));
            assertThatThrownBy(() -> AzsmAssertions.assertThat(e).hasCode("AZSM1023"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContainingAll("Expecting code to be:", "AZSM1023", "but was:", "AZSM1024",
                            "Authorization failure on claiming the target container: 403", "jobRun=run-7");
            assertThatThrownBy(() -> AzsmAssertions.assertThat(e).isRetryable())
                    .hasMessageContaining("Expecting a retryable failure, but the remedy is GRANT_PERMISSION");
            assertThatThrownBy(() -> assertThatAzsmThrownBy(() -> { }))
                    .hasMessage("Expecting code to throw an AzsmException, but it threw nothing");
            assertThatThrownBy(() -> assertThatAzsmThrownBy(() -> {
                throw new IllegalStateException("other");
            })).hasMessageContaining("java.lang.IllegalStateException: other");
            AzsmAssertions.assertThat(e).hasCode("AZSM1024").isNotRetryable().isRecognized()
                    .hasContextEntry(ContextKeys.JOB_RUN, "run-7");
            AzsmAssertions.assertThat(AzsmErrors.fromCode("AZSM1077", null)).isNotRecognized();
        }
    }

    @Nested
    @DisplayName("ArchUnit rules")
    class ArchRules {

        private final JavaClasses bad = new ClassFileImporter().importClasses(HandBuildsExceptions.class);
        private final JavaClasses good = new ClassFileImporter().importClasses(UsesFactories.class);

        @Test
        @DisplayName("catch a hand-built exception, a raw code literal and printing, and pass clean code")
        void rules() {
            assertThat(AzsmArchRules.EXCEPTIONS_COME_FROM_FACTORIES.evaluate(bad).hasViolation()).isTrue();
            assertThat(AzsmArchRules.NO_RAW_STATUS_CODE_LITERALS.evaluate(bad).getFailureReport().toString())
                    .contains("holds the literal \"AZSM1077\"");
            assertThat(AzsmArchRules.LOG_THROUGH_SLF4J.evaluate(bad).hasViolation()).isTrue();
            AzsmArchRules.EXCEPTIONS_COME_FROM_FACTORIES.check(good);
            AzsmArchRules.NO_RAW_STATUS_CODE_LITERALS.check(good);
            AzsmArchRules.LOG_THROUGH_SLF4J.check(good);
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("runs 20 fake services in parallel, a job on each, on 2 cores")
    void twentyInParallel() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                boolean fails = i % 2 == 0;
                results.add(pool.submit(() -> {
                    long start = System.nanoTime();
                    try (FakeStorageMover fake = FakeStorageMover.start(); AgentClient client = fake.client()) {
                        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
                        String definition = fake.jobDefinitionId("p", "d");
                        fake.onStart(definition, fails ? JobFailureScenarios.targetLeaseExpired() : JobFailureScenarios.succeeds());
                        String run = client.startJob(definition);
                        Supplier<String> outcome = () -> {
                            try {
                                return client.awaitJobRun(run, Duration.ofSeconds(30)).status().value();
                            } catch (AzsmException e) {
                                return e.code().toString();
                            }
                        };
                        return outcome.get();
                    }
                }));
            }
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).hasSize(20).containsOnly("AZSM1023", "Succeeded");
            assertThat(outcomes).filteredOn("AZSM1023"::equals).hasSize(10);
        } finally {
            pool.shutdownNow();
        }
    }
}
