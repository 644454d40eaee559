package dev.azsm.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.azsm.api.AgentUpgradeException;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.JobException;
import dev.azsm.api.JobExecutionException;
import dev.azsm.client.AccessToken;
import dev.azsm.client.Agent;
import dev.azsm.client.AgentClient;
import dev.azsm.client.JobRun;
import dev.azsm.client.JobRunCanceledException;
import dev.azsm.client.JobRunStatus;
import dev.azsm.client.JobRunTimeoutException;
import dev.azsm.client.RetryOptions;
import dev.azsm.client.StorageMoverServiceException;
import dev.azsm.client.StorageMoverServiceException.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("AgentClient against the fake Storage Mover, over real sockets")
@Timeout(30)
class AgentClientIntegrationTests {

    private FakeStorageMover fake;
    private AgentClient client;
    private String definition;

    @BeforeEach
    void start() {
        fake = FakeStorageMover.start();
        client = fake.client();
        definition = fake.jobDefinitionId("project", "nightly");
    }

    @AfterEach
    void stop() {
        client.close();
        fake.close();
    }

    @Nested
    @DisplayName("awaiting a job run")
    class Await {

        @Test
        @DisplayName("returns a run that succeeds, telling the listener of each change")
        void succeeds() {
            fake.onStart(definition, JobFailureScenarios.succeeds());
            String runId = client.startJob(definition);
            List<JobRun> updates = new ArrayList<>();
            JobRun run = client.awaitJobRun(runId, Duration.ofSeconds(10), updates::add);
            assertThat(run.status()).isEqualTo(JobRunStatus.SUCCEEDED);
            assertThat(run.items().transferred()).isEqualTo(1_000);
            assertThat(updates).extracting(r -> r.status().value())
                    .containsExactly("Queued", "Started", "Running", "Running", "Running", "Running", "Succeeded");
            assertThat(updates.get(2).items().scanned()).isEqualTo(300);
            assertThat(updates.get(2).items().transferred()).isEqualTo(100);
            assertThat(fake.runCount(definition)).isEqualTo(1);
        }

        static Stream<Scenario> everyJobCode() {
            return JobFailureScenarios.all().stream();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("everyJobCode")
        @DisplayName("throws the typed exception of every catalogued job code, equal to the scenario's")
        void failsWithEveryCode(Scenario scenario) {
            fake.onStart(definition, scenario);
            String runId = client.startJob(definition);
            AzsmException e = catchThrowableOfType(AzsmException.class,
                    () -> client.awaitJobRun(runId, Duration.ofSeconds(10)));
            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo(scenario.code().orElseThrow());
            assertThat(e.isRecognized()).isTrue();
            assertThat(e.sameFailureAs(scenario.exception(runId))).as("%s vs %s", e, scenario.exception(runId)).isTrue();
            assertThat(e.context()).containsEntry(ContextKeys.JOB_RUN, runId).containsEntry(ContextKeys.JOB_DEFINITION, definition)
                    .containsEntry(ContextKeys.AGENT, "agent-1").containsEntry(ContextKeys.SOURCE, "nfs-source")
                    .containsEntry(ContextKeys.TARGET, "blob-target").containsEntry(ContextKeys.SERVICE_TARGET, "blob-target")
                    .containsKey(ContextKeys.SERVICE_MESSAGE);
        }

        @Test
        @DisplayName("maps a code newer than this SDK to its block's class, not recognised")
        void uncatalogued() {
            fake.onStart(definition, JobFailureScenarios.forCode("AZSM1033"));
            String runId = client.startJob(definition);
            assertThatThrownBy(() -> client.awaitJobRun(runId, Duration.ofSeconds(10)))
                    .isExactlyInstanceOf(dev.azsm.api.TargetAccessException.class)
                    .satisfies(e -> assertThat(((AzsmException) e).isRecognized()).isFalse());
        }

        @Test
        @DisplayName("maps a failed run without a code, or with a malformed one, to AZSM1060 keeping the raw text")
        void noOrMalformedCode() {
            fake.onStart(definition, JobFailureScenarios.failsWithoutCode());
            fake.onStart(definition, JobFailureScenarios.failsWithMalformedCode("azsm-1024"));
            String first = client.startJob(definition);
            String second = client.startJob(definition);
            assertThatThrownBy(() -> client.awaitJobRun(first, Duration.ofSeconds(10)))
                    .isExactlyInstanceOf(JobExecutionException.class).hasMessageStartingWith("AZSM1060");
            JobException e = catchThrowableOfType(JobException.class, () -> client.awaitJobRun(second, Duration.ofSeconds(10)));
            assertThat(e.code()).hasToString("AZSM1060");
            assertThat(e.context()).containsEntry(ContextKeys.RAW_CODE, "azsm-1024");
        }

        @Test
        @DisplayName("reports a canceled run without a code as JobRunCanceledException")
        void canceled() {
            fake.onStart(definition, JobFailureScenarios.canceled());
            String runId = client.startJob(definition);
            JobRunCanceledException e = catchThrowableOfType(JobRunCanceledException.class,
                    () -> client.awaitJobRun(runId, Duration.ofSeconds(10)));
            assertThat(e.run().status()).isEqualTo(JobRunStatus.CANCELED);
        }

        @Test
        @DisplayName("gives up after the timeout with the run as last seen, and stops polling")
        void timesOut() {
            fake.onStart(definition, Scenario.builder("long").scan(1_000).transfer(1_000).build());
            String runId = client.startJob(definition);
            fake.inject(Fault.delay(Duration.ofMillis(50)), 100);
            long start = System.nanoTime();
            JobRunTimeoutException e = catchThrowableOfType(JobRunTimeoutException.class,
                    () -> client.awaitJobRun(runId, Duration.ofMillis(120)));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(e.lastSeen()).isPresent();
            assertThat(e.timeout()).isEqualTo(Duration.ofMillis(120));
        }

        @Test
        @DisplayName("stopJob cancels the active run")
        void stop() {
            fake.onStart(definition, JobFailureScenarios.succeeds());
            String runId = client.startJob(definition);
            assertThat(client.stopJob(definition)).isEqualTo(runId);
            assertThatThrownBy(() -> client.awaitJobRun(runId, Duration.ofSeconds(5)))
                    .isInstanceOf(JobRunCanceledException.class);
        }
    }

    @Nested
    @DisplayName("listing and reading")
    class Reading {

        @Test
        @DisplayName("follows nextLink paging")
        void paging() {
            fake.pageSize(2);
            for (int i = 0; i < 5; i++) {
                fake.addJobRun(definition, JobFailureScenarios.succeeds());
            }
            assertThat(client.listJobRuns(definition)).hasSize(5).extracting(JobRun::name)
                    .containsExactly("run-1", "run-2", "run-3", "run-4", "run-5");
            assertThat(fake.requests()).filteredOn(r -> r.path().endsWith("/jobRuns")).hasSize(3);
        }

        @Test
        @DisplayName("reads agents and surfaces one that needs attention as its AgentException")
        void agents() {
            fake.addAgent("healthy", "Online", null, null);
            String sick = AgentFailureScenarios.install(fake, "sick", "AZSM0003");
            assertThat(client.listAgents(fake.storageMoverId())).extracting(Agent::name).containsExactly("healthy", "sick");
            assertThat(client.requireHealthy(fake.agentId("healthy")).name()).isEqualTo("healthy");
            assertThatThrownBy(() -> client.requireHealthy(sick)).isExactlyInstanceOf(AgentUpgradeException.class)
                    .satisfies(e -> assertThat(((AzsmException) e).sameFailureAs(AgentFailureScenarios.exception("sick", "AZSM0003")))
                            .isTrue());
        }

        @Test
        @DisplayName("turns a 404 into NOT_FOUND with the service's code, message and request id")
        void notFound() {
            StorageMoverServiceException e = catchThrowableOfType(StorageMoverServiceException.class,
                    () -> client.getJobRun(definition + "/jobRuns/missing"));
            assertThat(e.kind()).isEqualTo(Kind.NOT_FOUND);
            assertThat(e.status()).isEqualTo(404);
            assertThat(e.errorCode()).contains("ResourceNotFound");
            assertThat(e.requestId()).isPresent();
            assertThat(e.responseBody()).hasValueSatisfying(b -> assertThat(b).contains("ResourceNotFound"));
        }

        @Test
        @DisplayName("queries a run's failed copy logs from Log Analytics and triages them")
        void copyLogs() throws Exception {
            String runId = fake.addJobRun(definition, Scenario.builder("files").scan(10_000).transfer(9_990)
                    .failFiles(10, "AZSM2062").fail("AZSM1023", "lease").build());
            String runName = runId.substring(runId.lastIndexOf('/') + 1);
            try (dev.azsm.client.CopyLogReader log = client.queryFailedCopyLogs("ws-1", runName, Duration.ofDays(7))) {
                dev.azsm.client.TriageReport report = dev.azsm.client.CopyLogTriage.of(log);
                assertThat(report.totalFailures()).isEqualTo(10);
                assertThat(report.failures()).singleElement().satisfies(g -> {
                    assertThat(g.code()).hasToString("AZSM2062");
                    assertThat(g.count()).isEqualTo(10);
                });
            }
            RecordedRequest query = fake.requests().get(fake.requests().size() - 1);
            assertThat(query.path()).isEqualTo("/v1/workspaces/ws-1/query");
            assertThat(query.body()).contains("StorageMoverCopyLogsFailed").contains(runName).contains("\"timespan\":\"PT168H\"");
            assertThatThrownBy(() -> client.queryFailedCopyLogs("ws-1", "run\" | drop", Duration.ofDays(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a job run name");
        }

        @Test
        @DisplayName("rejects a resource id that is not one, quoting it")
        void badId() {
            assertThatThrownBy(() -> client.getJobRun("jobRuns/r1?x=1"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("The resource id \"jobRuns/r1?x=1\" is not a resource id");
        }
    }

    @Nested
    @DisplayName("with faults")
    class Faults {

        @Test
        @DisplayName("retries a GET after 429 with Retry-After, then succeeds")
        void throttled() {
            String runId = fake.addJobRun(definition, JobFailureScenarios.succeeds());
            fake.inject(Fault.throttle(Duration.ZERO), 2);
            assertThat(client.getJobRun(runId).name()).isEqualTo("run-1");
            assertThat(fake.requests()).hasSize(3);
        }

        @Test
        @DisplayName("retries a GET after 503, then succeeds; gives up after its retries as SERVER_ERROR")
        void serverError() {
            String runId = fake.addJobRun(definition, JobFailureScenarios.succeeds());
            fake.inject(Fault.status(503), 1);
            assertThat(client.getJobRun(runId).name()).isEqualTo("run-1");
            fake.inject(Fault.status(503), 10);
            StorageMoverServiceException e = catchThrowableOfType(StorageMoverServiceException.class,
                    () -> client.getJobRun(runId));
            assertThat(e.kind()).isEqualTo(Kind.SERVER_ERROR);
            assertThat(e.isTransient()).isTrue();
            assertThat(fake.requests()).hasSize(2 + 4);
        }

        @Test
        @DisplayName("retries a GET after a connection reset")
        void reset() {
            String runId = fake.addJobRun(definition, JobFailureScenarios.succeeds());
            fake.inject(Fault.reset(), 1);
            assertThat(client.getJobRun(runId).name()).isEqualTo("run-1");
        }

        @Test
        @DisplayName("reports a malformed body as MALFORMED_RESPONSE, saying where")
        void malformed() {
            String runId = fake.addJobRun(definition, JobFailureScenarios.succeeds());
            fake.inject(Fault.malformedBody(), 1);
            StorageMoverServiceException e = catchThrowableOfType(StorageMoverServiceException.class,
                    () -> client.getJobRun(runId));
            assertThat(e.kind()).isEqualTo(Kind.MALFORMED_RESPONSE);
            assertThat(e.getMessage()).contains("not valid JSON");
        }

        @Test
        @DisplayName("times out a response slower than the request timeout, retries, and ends as TIMEOUT")
        void slow() {
            try (AgentClient impatient = AgentClient.builder().endpoint(fake.endpoint())
                    .tokenProvider(() -> new AccessToken("t", Instant.now().plusSeconds(3600)))
                    .requestTimeout(Duration.ofMillis(100))
                    .retry(new RetryOptions(1, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5))).build()) {
                String runId = fake.addJobRun(definition, JobFailureScenarios.succeeds());
                fake.inject(Fault.delay(Duration.ofMillis(600)), 2);
                StorageMoverServiceException e = catchThrowableOfType(StorageMoverServiceException.class,
                        () -> impatient.getJobRun(runId));
                assertThat(e.kind()).isEqualTo(Kind.TIMEOUT);
            }
        }

        @Test
        @DisplayName("never retries startJob after it may have reached the service: one run, even on 503")
        void startJobNotRetried() {
            fake.inject(Fault.status(503), 1);
            assertThatThrownBy(() -> client.startJob(definition)).isInstanceOf(StorageMoverServiceException.class);
            assertThat(fake.requests()).hasSize(1);
            fake.inject(Fault.throttle(Duration.ZERO), 1);
            client.startJob(definition);
            assertThat(fake.runCount(definition)).isEqualTo(1);
            fake.inject(Fault.reset(), 1);
            assertThatThrownBy(() -> client.startJob(definition)).isInstanceOf(StorageMoverServiceException.class)
                    .satisfies(e -> assertThat(((StorageMoverServiceException) e).kind()).isEqualTo(Kind.CONNECTION));
            assertThat(fake.runCount(definition)).isLessThanOrEqualTo(2);
        }
    }

    @Test
    @DisplayName("sends a bearer token, a User-Agent and a client request id; the fake answers 401 without a token")
    void headers() throws Exception {
        client.listAgents(fake.storageMoverId());
        RecordedRequest request = fake.requests().get(0);
        assertThat(request.hadBearer()).isTrue();
        assertThat(request.header("Authorization")).contains("***");
        assertThat(request.header("User-Agent")).hasValueSatisfying(v -> assertThat(v).startsWith("azsm/"));
        assertThat(request.header("x-ms-client-request-id")).isPresent();
        assertThat(request.query()).contains("api-version=2025-07-01");
        HttpResponse<String> anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(fake.endpoint() + fake.storageMoverId() + "/agents?api-version=2025-07-01")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("AuthenticationFailed");
    }

    @Test
    @DisplayName("never shows the bearer token in an exception")
    void tokenNeverShown() {
        try (AgentClient secretive = AgentClient.builder().endpoint(fake.endpoint())
                .tokenProvider(() -> new AccessToken("SECRET-TOKEN-123", Instant.now().plusSeconds(3600)))
                .retry(RetryOptions.NONE).build()) {
            fake.inject(Fault.status(500), 1);
            StorageMoverServiceException e = catchThrowableOfType(StorageMoverServiceException.class,
                    () -> secretive.listAgents(fake.storageMoverId()));
            assertThat(e.toString() + e.responseBody().orElse("")).doesNotContain("SECRET-TOKEN-123");
            assertThat(new AccessToken("SECRET-TOKEN-123", Instant.EPOCH).toString()).doesNotContain("SECRET");
        }
    }
}
