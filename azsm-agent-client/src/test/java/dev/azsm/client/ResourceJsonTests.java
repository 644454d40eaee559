package dev.azsm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.JobExecutionException;
import dev.azsm.api.TargetAccessException;
import dev.azsm.client.internal.ResourceJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Decoding Storage Mover resources")
class ResourceJsonTests {

    static String example(String name) throws IOException {
        try (InputStream in = ResourceJsonTests.class.getResourceAsStream("/examples/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Nested
    @DisplayName("the service's own examples, quirks included")
    class OfficialExamples {

        @Test
        @DisplayName("a running job run with every property")
        void jobRun() throws IOException {
            JobRun run = ResourceJson.jobRun(ResourceJson.parse(example("jobrun-get.2025-07-01.json")));
            assertThat(run.name()).isEqualTo("examples-jobRunName");
            assertThat(run.status()).isEqualTo(JobRunStatus.RUNNING);
            assertThat(run.scanStatus()).isEqualTo(ScanStatus.SCANNING);
            assertThat(run.executionStartTime()).isEqualTo(Instant.parse("2023-07-01T02:11:01.1075056Z"));
            assertThat(run.executionEndTime()).isNull();
            assertThat(run.items()).isEqualTo(new Counters(351, 50, 27, 150, 3, 100));
            assertThat(run.bytes().scanned()).isEqualTo(49951162777600L);
            assertThat(run.agentName()).isEqualTo("migration-agent");
            assertThat(run.otherProperties()).containsOnlyKeys("jobDefinitionProperties", "sourceProperties", "targetProperties")
                    .containsEntry("sourceProperties", "{}");
            assertThat(run.jobDefinitionId()).endsWith("/jobDefinitions/examples-jobDefinitionName");
            assertThat(run.failure()).isEmpty();
        }

        @Test
        @DisplayName("a list whose failed runs have no error object: each is AZSM1060, saying the service gave no code")
        void jobRunList() throws IOException {
            List<JobRun> runs = ResourceJson.values(ResourceJson.parse(example("jobruns-list.2024-07-01.json"))).stream()
                    .map(ResourceJson::jobRun).toList();
            assertThat(runs).extracting(JobRun::status).containsExactly(JobRunStatus.RUNNING, JobRunStatus.FAILED,
                    JobRunStatus.FAILED);
            AzsmException e = runs.get(1).failure().orElseThrow();
            assertThat(e).isExactlyInstanceOf(JobExecutionException.class);
            assertThat(e.code()).hasToString("AZSM1060");
            assertThat(e.context()).containsEntry(ContextKeys.CODE_PROBLEM, "the service gave no code")
                    .containsEntry(ContextKeys.JOB_RUN, runs.get(1).id()).containsEntry(ContextKeys.AGENT, "migration-agent")
                    .containsEntry(ContextKeys.SOURCE, "sourceEndpoint").containsEntry(ContextKeys.TARGET, "targetEndpoint")
                    .containsKey(ContextKeys.JOB_DEFINITION);
        }

        @Test
        @DisplayName("an agent with its schedule kept")
        void agent() throws IOException {
            Agent agent = ResourceJson.agent(ResourceJson.parse(example("agent-get.2024-07-01.json")));
            assertThat(agent.status()).isEqualTo(AgentStatus.ONLINE);
            assertThat(agent.numberOfCores()).isEqualTo(8L);
            assertThat(agent.memoryInMb()).isEqualTo(4096L);
            assertThat(agent.localIpAddress()).isEqualTo("192.168.0.0");
            assertThat(agent.otherProperties()).containsKey("uploadLimitSchedule");
            assertThat(agent.needsAttention()).isFalse();
            assertThat(agent.failure()).isEmpty();
        }
    }

    @Test
    @DisplayName("a failed run maps its error code to the typed exception with the service's message and target")
    void failedRun() {
        JobRun run = ResourceJson.jobRun(ResourceJson.parse("""
                {"id": "/subscriptions/s/resourceGroups/g/providers/Microsoft.StorageMover/storageMovers/m/projects/p/jobDefinitions/d/jobRuns/r",
                 "name": "r", "properties": {"status": "Failed", "targetName": "t",
                 "error": {"code": "AZSM1024", "message": "403 from container", "target": "c1"},
                 "newerProperty": {"x": 1}, "status2": "y"}}"""));
        AzsmException e = run.failure().orElseThrow();
        assertThat(e).isExactlyInstanceOf(TargetAccessException.class)
                .hasMessage("AZSM1024 Authorization failure on claiming the target container: 403 from container");
        assertThat(e.context()).containsEntry(ContextKeys.SERVICE_TARGET, "c1").containsEntry(ContextKeys.TARGET, "t")
                .containsEntry(ContextKeys.JOB_DEFINITION,
                        "/subscriptions/s/resourceGroups/g/providers/Microsoft.StorageMover/storageMovers/m/projects/p/jobDefinitions/d");
        assertThat(run.otherProperties()).containsEntry("newerProperty", "{\"x\":1}").containsKey("status2");
    }

    @Test
    @DisplayName("keeps unknown statuses from a newer service, not terminal")
    void unknownStatus() {
        JobRun run = ResourceJson.jobRun(ResourceJson.parse("{\"id\": \"/x/jobRuns/r\", \"properties\": {\"status\": \"Hibernating\"}}"));
        assertThat(run.status().value()).isEqualTo("Hibernating");
        assertThat(run.status().isKnown()).isFalse();
        assertThat(run.isTerminal()).isFalse();
        assertThat(run.name()).isEqualTo("r");
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"id\": \"/r\", \"properties\": {\"itemsFailed\": \"three\"}} | the property \"itemsFailed\" is \"\\\"three\\\"\" (a JSON string), expected a whole number that fits 64 bits",
        "{\"id\": \"/r\", \"properties\": {\"itemsFailed\": 1e400}} | the property \"itemsFailed\" is",
        "{\"id\": \"/r\", \"properties\": {\"itemsFailed\": -1}} | the property \"itemsFailed\" is -1, expected a count >= 0",
        "{\"id\": \"/r\", \"properties\": {\"status\": 7}} | the property \"status\" is \"7\" (a JSON number), expected a string",
        "{\"id\": \"/r\", \"properties\": {\"executionStartTime\": \"yesterday\"}} | the property \"executionStartTime\" is \"yesterday\", expected an ISO 8601 date-time",
        "{\"id\": \"/r\", \"properties\": []} | the property \"properties\" is \"[]\" (a JSON array), expected an object",
        "{\"properties\": {}} | the job run has no \"id\"",
        "[1, 2] | the job run is a JSON array, expected an object",
    })
    @DisplayName("says exactly what is wrong with a malformed resource")
    void malformed(String json, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceJson.jobRun(ResourceJson.parse(json)))
                .withMessageStartingWith(message);
    }

    @Test
    @DisplayName("refuses bodies that are not JSON, duplicate keys and absurd nesting, with the position")
    void notJson() {
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceJson.parse("{\"id\": \"/r\", "))
                .withMessageStartingWith("the response body is not valid JSON").withMessageContaining("line 1");
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceJson.parse("{\"id\": \"/a\", \"id\": \"/b\"}"))
                .withMessageContaining("Duplicate field 'id'");
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceJson.parse("[".repeat(5000) + "]".repeat(5000)))
                .withMessageContaining("nesting depth");
        assertThatIllegalArgumentException().isThrownBy(() -> ResourceJson.parse(""))
                .withMessage("the response body is empty; expected a JSON object");
    }

    @Test
    @DisplayName("an agent that needs attention surfaces as its typed AgentException")
    void agentNeedsAttention() {
        Agent agent = ResourceJson.agent(ResourceJson.parse("""
                {"id": "/subscriptions/s/.../agents/a1", "name": "a1", "properties": {"agentStatus": "RequiresAttention",
                 "errorDetails": {"code": "AZSM0003", "message": "upgrade to 2.1 failed"}}}"""));
        assertThat(agent.needsAttention()).isTrue();
        AzsmException e = agent.failure().orElseThrow();
        assertThat(e).isExactlyInstanceOf(dev.azsm.api.AgentUpgradeException.class)
                .hasMessage("AZSM0003 The agent upgrade failed: upgrade to 2.1 failed");
        assertThat(e.context()).containsEntry(ContextKeys.AGENT, "a1");
    }
}
