package dev.azsm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azsm.client.internal.ResourceJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("The azsm command, in-process")
class CommandTests {

    /** What a run printed and returned. */
    record Result(int exit, String out, String err) {
    }

    static Result run(Map<String, String> env, boolean terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AzsmCommand.run(args, new PrintWriter(out), new PrintWriter(err), env, terminal);
        return new Result(exit, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return run(Map.of(), false, args);
    }

    @Nested
    @DisplayName("explain")
    class Explain {

        @Test
        @DisplayName("explains a catalogued code: message, scope, block, remedy, mitigation, link; exit 0")
        void catalogued() {
            Result r = run("explain", "AZSM1024");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).startsWith("AZSM1024  Authorization failure on claiming the target container")
                    .contains("scope:         job", "block:         AZSM1021..AZSM1040 (job: target)",
                            "exception:     TargetAccessException", "remedy:        GRANT_PERMISSION",
                            "'Storage Blob Data Contributor'", "status-code#AZSM1024", "the specification");
            assertThat(r.err()).isEmpty();
        }

        @Test
        @DisplayName("explains an uncatalogued code by its block, saying it is newer than azsm")
        void uncatalogued() {
            Result r = run("explain", "AZSM1033");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("Unrecognised job status code in the target block", "TargetAccessException",
                    "newer than this version of azsm", "AZSM1040");
        }

        @Test
        @DisplayName("explains an outcome as never thrown, and success")
        void outcomes() {
            assertThat(run("explain", "AZSM2001").out()).contains("none: an outcome, reported, never thrown");
            assertThat(run("explain", "AZSM0000").out()).contains("none: success");
        }

        @Test
        @DisplayName("rejects a malformed code with exit 2 and says what a code looks like")
        void malformed() {
            Result r = run("explain", "AZSM10x4");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("azsm: Invalid Storage Mover status code \"AZSM10x4\"")
                    .contains("expected \"AZSM\" followed by four ASCII digits");
            assertThat(run("explain", "job failed: azsm1024").err()).contains("(use --find to search text)");
        }

        @Test
        @DisplayName("finds codes in any case inside text only with --find")
        void find() {
            Result r = run("explain", "--find", "job failed: azsm1024, then AZSM2062 twice AZSM2062");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("AZSM1024  ", "AZSM2062  ");
            assertThat(r.out().split("AZSM2062  ", -1)).hasSize(2);
            assertThat(run("explain", "--find", "nothing here").exit()).isEqualTo(2);
        }

        @Test
        @DisplayName("writes stable JSON")
        void json() {
            JsonNode json = ResourceJson.parse(run("explain", "--format", "json", "AZSM1023").out());
            assertThat(json.get("code").asText()).isEqualTo("AZSM1023");
            assertThat(json.get("exception").asText()).isEqualTo("TargetAccessException");
            assertThat(json.get("retryable").asBoolean()).isTrue();
            assertThat(json.get("block").get("name").asText()).isEqualTo("target");
            assertThat(json.get("origin").asText()).isEqualTo("specification");
        }
    }

    @Nested
    @DisplayName("codes")
    class Codes {

        @Test
        @DisplayName("lists the catalogue as a table, by scope, as Markdown or JSON")
        void formats() {
            assertThat(run("codes").out().lines()).hasSize(51);
            assertThat(run("codes", "--scope", "job").out().lines().skip(1))
                    .hasSize(23).allMatch(l -> l.startsWith("AZSM1"));
            assertThat(run("codes", "--format", "markdown").out()).startsWith("# Storage Mover status codes")
                    .contains("<a id=\"AZSM2062\"></a>");
            assertThat(ResourceJson.parse(run("codes", "--format", "json", "--scope", "FILE").out())).hasSize(22);
            assertThat(run("codes", "--scope", "disk").exit()).isEqualTo(2);
        }
    }

    @Nested
    @DisplayName("watch --embedded")
    @Timeout(30)
    class Watch {

        @Test
        @DisplayName("watches the default scenario to its typed failure: code, message, what to do, link; exit 1")
        void failure() {
            Result r = run("watch", "--embedded", "--poll", "PT0.01S");
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.out()).contains("Queued", "Running", "items 10,000/10,000")
                    .contains("Failed: AZSM1023 Lease expired for this agent on the target container")
                    .contains("exception:     TargetAccessException", "what to do:", "status-code#AZSM1023",
                            "10 items failed as well");
            assertThat(r.out()).doesNotContain("\u001b[");
        }

        @Test
        @DisplayName("succeeds with exit 0, cancels with exit 4, and writes the outcome as JSON")
        void outcomes() {
            assertThat(run("watch", "--embedded", "--scenario", "succeeds", "--poll", "PT0.01S").exit()).isZero();
            assertThat(run("watch", "--embedded", "--scenario", "canceled", "--poll", "PT0.01S").exit()).isEqualTo(4);
            Result json = run("watch", "--embedded", "--scenario", "AZSM1024", "--poll", "PT0.01S", "--format", "json");
            assertThat(json.exit()).isEqualTo(1);
            JsonNode outcome = ResourceJson.parse(json.out());
            assertThat(outcome.get("status").asText()).isEqualTo("Failed");
            assertThat(outcome.get("error").get("code").asText()).isEqualTo("AZSM1024");
            assertThat(outcome.get("error").get("context").get("jobRun").asText()).endsWith("/jobRuns/run-1");
        }

        @Test
        @DisplayName("draws a bar in place on a terminal, in colour unless NO_COLOR is set")
        void terminal() {
            Result colour = run(Map.of(), true, "watch", "--embedded", "--scenario", "succeeds", "--poll", "PT0.01S");
            assertThat(colour.out()).contains("\r[", "##########", "\u001b[32mSucceeded");
            Result plain = run(Map.of("NO_COLOR", "1"), true, "watch", "--embedded", "--scenario", "succeeds", "--poll", "PT0.01S");
            assertThat(plain.out()).contains("\r[").doesNotContain("\u001b[");
        }

        @Test
        @DisplayName("watches a run on a service by its id, and prints no secret the service's message held")
        void noSecretsPrinted() {
            try (dev.azsm.testkit.FakeStorageMover fake = dev.azsm.testkit.FakeStorageMover.start()) {
                String run = fake.addJobRun(fake.jobDefinitionId("p", "d"), dev.azsm.testkit.Scenario.builder("secrets")
                        .fail("AZSM1024", "403 on https://a.blob.core.windows.net/c?sv=1&sig=SIGSECRET with"
                                + " Authorization: Bearer TOKENSECRET, AccountKey=KEYSECRET; smb://u:PWSECRET@nas/s\nforged line")
                        .build());
                for (String format : new String[] {"text", "json"}) {
                    Result r = run(Map.of("AZSM_ACCESS_TOKEN", "CLI-TOKEN-SECRET"), false, "watch", "--job-run", run,
                            "--endpoint", fake.endpoint().toString(), "--poll", "PT0.01S", "--format", format);
                    assertThat(r.exit()).isEqualTo(1);
                    assertThat(r.out() + r.err()).contains("AZSM1024", "sig=***")
                            .doesNotContain("SIGSECRET", "TOKENSECRET", "KEYSECRET", "PWSECRET", "CLI-TOKEN-SECRET");
                    if (format.equals("text")) {
                        assertThat(r.out().lines()).noneMatch(l -> l.startsWith("forged line"));
                    }
                }
            }
        }

        @Test
        @DisplayName("rejects an unknown scenario with exit 2")
        void unknownScenario() {
            Result r = run("watch", "--embedded", "--scenario", "nope");
            assertThat(r.exit()).isEqualTo(2);
            assertThat(r.err()).contains("unknown scenario \"nope\"");
        }
    }

    @Nested
    @DisplayName("triage")
    class Triage {

        @Test
        @DisplayName("reads the sample log the README points to")
        void sample() {
            Result r = run("triage", "../docs/examples/copy-logs.csv");
            assertThat(r.exit()).isZero();
            assertThat(r.out()).contains("AZSM2062", "AZSM2021", "needs a person", "excluded", "records skipped");
        }

        @Test
        @DisplayName("prints one line per code with its count; JSON on request; a missing file is exit 2")
        void triage(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
            java.nio.file.Path log = java.nio.file.Files.writeString(dir.resolve("copy-logs.csv"),
                    "TimeGenerated,JobRunName,ItemPath,ItemType,FileSize,TransferResult,StatusCode,Details\n"
                    + ",r,a.txt,F,10,Failed,AZSM2062,denied\n,r,b.txt,F,20,Failed,AZSM2062,denied\n"
                    + ",r,c.txt,F,5,Failed,AZSM2065,reset\n,r,short\n,r,d.txt,F,1,Excluded,AZSM2001,\n");
            Result r = run("triage", log.toString());
            assertThat(r.exit()).isZero();
            assertThat(r.out().lines()).anyMatch(l -> l.startsWith("AZSM2062") && l.contains(" 2 "))
                    .anyMatch(l -> l.startsWith("AZSM2065") && l.contains(" 1 "));
            assertThat(r.out()).contains("3 failed items", "1 excluded", "1 records skipped", "line 5");
            JsonNode json = ResourceJson.parse(run("triage", "--format", "json", log.toString()).out());
            assertThat(json.get("failures").asLong()).isEqualTo(3);
            assertThat(json.get("groups").get(0).get("code").asText()).isEqualTo("AZSM2062");
            assertThat(json.get("groups").get(0).get("retryable").asBoolean()).isFalse();
            assertThat(run("triage", "--fail-on-failures", log.toString()).exit()).isEqualTo(1);
            Result missing = run("triage", dir.resolve("nope.csv").toString());
            assertThat(missing.exit()).isEqualTo(2);
            assertThat(missing.err()).contains("no such file");
        }
    }

    @Test
    @DisplayName("documents exit codes in --help")
    void help() {
        Result r = run("--help");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("Exit codes:", "explain", "codes", "watch", "triage", "azsm watch --embedded");
        assertThat(run("--version").out()).startsWith("azsm 0.1.0-SNAPSHOT");
    }
}
