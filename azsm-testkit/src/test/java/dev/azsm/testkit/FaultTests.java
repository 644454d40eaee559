package dev.azsm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.azsm.api.AzsmException;
import dev.azsm.client.AccessToken;
import dev.azsm.client.AgentClient;
import dev.azsm.client.JobRun;
import dev.azsm.client.RetryOptions;
import dev.azsm.client.StorageMoverServiceException;
import dev.azsm.client.StorageMoverServiceException.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The client under injected faults")
class FaultTests {

    static final boolean STRESS = Boolean.getBoolean("azsm.stress");
    static final RetryOptions RETRY = new RetryOptions(2, Duration.ofMillis(5), Duration.ofMillis(50), Duration.ofSeconds(5));
    static final Duration REQUEST_TIMEOUT = Duration.ofMillis(300);
    /** The most one call may take: every try timing out, plus the backoff. */
    static final Duration CALL_BOUND = REQUEST_TIMEOUT.multipliedBy(RETRY.maxRetries() + 1).plusSeconds(2);

    static AgentClient client(FakeStorageMover fake) {
        return AgentClient.builder().endpoint(fake.endpoint())
                .tokenProvider(() -> new AccessToken("t", Instant.now().plusSeconds(3600)))
                .requestTimeout(REQUEST_TIMEOUT).retry(RETRY).pollInterval(Duration.ofMillis(5)).build();
    }

    static Stream<Fault> faults() {
        return Stream.of(Fault.throttle(Duration.ZERO), Fault.status(500), Fault.status(503), Fault.status(404),
                Fault.delay(Duration.ofMillis(500)), Fault.reset(), Fault.malformedBody());
    }

    /** Ends in a value or a typed exception, never anything else; returns which. */
    static String outcome(Runnable call) {
        long start = System.nanoTime();
        Throwable thrown = catchThrowable(call::run);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(CALL_BOUND);
        if (thrown == null) {
            return "value";
        }
        assertThat(thrown).isInstanceOfAny(StorageMoverServiceException.class, AzsmException.class);
        return thrown.getClass().getSimpleName();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    @Timeout(30)
    @DisplayName("each fault alone: every call ends in time, in a value or a typed exception, within its retries")
    void eachFault(Fault fault) {
        try (FakeStorageMover fake = FakeStorageMover.start(); AgentClient client = client(fake)) {
            String definition = fake.jobDefinitionId("p", "d");
            String run = fake.addJobRun(definition, JobFailureScenarios.succeeds());
            fake.inject(fault, 100);
            int before = fake.requests().size();
            outcome(() -> client.getJobRun(run));
            // The JDK's HttpClient itself retries an idempotent request once when a pooled connection
            // closes before any answer (a reset): each of our tries may reach the server twice.
            int perTry = fault instanceof Fault.Reset ? 2 : 1;
            assertThat(fake.requests().size() - before).isBetween(1, perTry * (RETRY.maxRetries() + 1));
            before = fake.requests().size();
            int runs = fake.runCount(definition);
            outcome(() -> client.startJob(definition));
            assertThat(fake.runCount(definition) - runs).as("startJob creates at most one run").isLessThanOrEqualTo(1);
            assertThat(fake.requests().size() - before).as("startJob retried only when never sent or throttled")
                    .isLessThanOrEqualTo(fault instanceof Fault.Throttle ? RETRY.maxRetries() + 1 : 1);
        }
    }

    @Test
    @Timeout(120)
    @DisplayName("faults mixed at random with a fixed seed: calls end in time, runs are never doubled")
    void mixedFaults() {
        List<Fault> faults = faults().toList();
        Random random = new Random(7);
        int rounds = STRESS ? 400 : 60;
        try (FakeStorageMover fake = FakeStorageMover.start(); AgentClient client = client(fake)) {
            String definition = fake.jobDefinitionId("p", "d");
            int started = 0;
            for (int i = 0; i < rounds; i++) {
                fake.clearFaults().injectRandomly(faults.get(random.nextInt(faults.size())), 0.4, i);
                int runs = fake.runCount(definition);
                String result;
                switch (random.nextInt(4)) {
                    case 0 -> result = outcome(() -> client.startJob(definition));
                    case 1 -> result = outcome(() -> client.listJobRuns(definition));
                    case 2 -> result = outcome(() -> client.listAgents(fake.storageMoverId()));
                    default -> {
                        String run = fake.addJobRun(definition, JobFailureScenarios.targetLeaseExpired());
                        runs++;
                        result = outcome(() -> client.awaitJobRun(run, Duration.ofSeconds(10)));
                    }
                }
                assertThat(fake.runCount(definition) - runs).isLessThanOrEqualTo(1);
                started += fake.runCount(definition) - runs;
                assertThat(result).isNotBlank();
            }
            assertThat(started).isLessThanOrEqualTo(rounds);
        }
    }

    @Test
    @DisplayName("bounds what it reads from a response body")
    void boundedBody() {
        try (FakeStorageMover fake = FakeStorageMover.start();
             AgentClient small = AgentClient.builder().endpoint(fake.endpoint())
                     .tokenProvider(() -> new AccessToken("t", Instant.now().plusSeconds(60))).maxResponseBytes(1024)
                     .retry(RetryOptions.NONE).build()) {
            for (int i = 0; i < 30; i++) {
                fake.addAgent("agent-" + i, "Online", null, null);
            }
            Throwable thrown = catchThrowable(() -> small.listAgents(fake.storageMoverId()));
            assertThat(thrown).isInstanceOfSatisfying(StorageMoverServiceException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
                assertThat(e.getMessage()).contains("larger than 1024 bytes");
            });
        }
    }

    @Test
    @DisplayName("masks secrets in a REST error body, its message and the exception")
    void secretsInErrorBodies() {
        try (FakeStorageMover fake = FakeStorageMover.start(); AgentClient client = client(fake)) {
            fake.inject(Fault.error(403, "AuthorizationFailed",
                    "denied for https://a.blob.core.windows.net/c?sv=1&sig=TOPSECRETSIG and password=hunter2"), 1);
            Throwable thrown = catchThrowable(() -> client.listAgents(fake.storageMoverId()));
            assertThat(thrown).isInstanceOfSatisfying(StorageMoverServiceException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.PERMISSION);
                String everything = e + " " + e.getMessage() + " " + e.responseBody().orElse("") + " "
                        + e.serviceMessage().orElse("");
                assertThat(everything).doesNotContain("TOPSECRETSIG", "hunter2").contains("sig=***", "password=***");
            });
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("leaves none of its threads running after close()")
    void noThreadsAfterClose() throws Exception {
        try (FakeStorageMover fake = FakeStorageMover.start()) {
            AgentClient client = client(fake);
            String run = fake.addJobRun(fake.jobDefinitionId("p", "d"), JobFailureScenarios.succeeds());
            JobRun done = client.awaitJobRun(run, Duration.ofSeconds(10));
            assertThat(done.isTerminal()).isTrue();
            assertThat(threads("azsm-http-")).isNotEmpty();
            client.close();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (!threads("azsm-http-").isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(threads("azsm-http-")).isEmpty();
            assertThat(catchThrowable(() -> client.getJobRun(run))).isInstanceOf(IllegalStateException.class)
                    .hasMessage("This AgentClient is closed");
        }
        assertThat(threads("azsm-fake-")).isEmpty();
    }

    static Set<String> threads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(prefix)).collect(Collectors.toSet());
    }
}
