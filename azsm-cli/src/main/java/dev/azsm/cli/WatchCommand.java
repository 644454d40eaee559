package dev.azsm.cli;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.client.AccessToken;
import dev.azsm.client.AgentClient;
import dev.azsm.client.AgentClientBuilder;
import dev.azsm.client.JobRun;
import dev.azsm.client.JobRunCanceledException;
import dev.azsm.client.JobRunTimeoutException;
import dev.azsm.client.StorageMoverServiceException;
import dev.azsm.core.AzsmErrors;
import dev.azsm.testkit.FakeStorageMover;
import dev.azsm.testkit.JobFailureScenarios;
import dev.azsm.testkit.Scenario;
import java.lang.reflect.Method;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code azsm watch}: watch a job run to its end, with progress, and explain its failure. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watches a job run to its end with a progress bar (plain lines when not on a terminal), then",
            "prints the outcome: on failure the typed exception's code, message, what to do and the link.",
            "", "With --embedded it starts azsm's fake Storage Mover service in-process and watches a scenario run",
            "on it; against Azure it takes resource ids and a token from DefaultAzureCredential (az login, managed",
            "identity, ...) or AZSM_ACCESS_TOKEN."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the run succeeded", "1:the run failed (the typed failure is printed)",
            "2:bad options or an unknown scenario", "3:the service could not be asked", "4:timed out or canceled"})
final class WatchCommand implements Callable<Integer> {

    static final String DEFAULT_SCENARIO = "lease-lost";

    @ParentCommand
    private AzsmCommand parent;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Target target;

    static final class Target {
        @Option(names = "--embedded", required = true,
                description = "Run a scenario on an embedded fake service (no Azure needed).")
        boolean embedded;

        @Option(names = "--job-run", required = true, paramLabel = "ID", description = "Watch this job run (its resource id).")
        String jobRun;

        @Option(names = "--start", required = true, paramLabel = "ID",
                description = "Start this job definition (its resource id) and watch the new run.")
        String jobDefinition;
    }

    @Option(names = "--scenario", paramLabel = "NAME", defaultValue = DEFAULT_SCENARIO,
            description = {"With --embedded: lease-lost (default: scans 10,000 items, transfers 9,990, fails 10 files",
                "with AZSM2062, then fails with AZSM1023), succeeds, canceled, no-code, a job code such as",
                "AZSM1024, or a scenario name such as targetAuthorizationFailed."})
    private String scenario = DEFAULT_SCENARIO;

    @Option(names = "--endpoint", paramLabel = "URL", defaultValue = AgentClientBuilder.DEFAULT_ENDPOINT,
            description = "The Resource Manager endpoint (default: ${DEFAULT-VALUE}).")
    private URI endpoint;

    @Option(names = "--timeout", paramLabel = "DURATION", description = "How long to wait (ISO 8601, default PT2H; PT1M embedded).")
    private Duration timeout;

    @Option(names = "--poll", paramLabel = "DURATION", description = "How often to read the run (default PT5S; PT0.3S embedded).")
    private Duration poll;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    enum Format { text, json }

    @Override
    public Integer call() {
        Output o = parent.output();
        if (target.embedded) {
            Scenario chosen = scenario(scenario);
            if (chosen == null) {
                o.error("unknown scenario \"" + scenario + "\": expected lease-lost, succeeds, canceled, no-code,"
                        + " a job failure code such as AZSM1024, or a scenario name such as targetLeaseExpired");
                return AzsmCommand.EXIT_USAGE;
            }
            try (FakeStorageMover fake = FakeStorageMover.start();
                 AgentClient client = AgentClient.builder().endpoint(fake.endpoint())
                         .tokenProvider(() -> new AccessToken("embedded", Instant.now().plusSeconds(3600)))
                         .pollInterval(poll != null ? poll : Duration.ofMillis(300)).build()) {
                String definition = fake.jobDefinitionId("embedded", "demo");
                fake.onStart(definition, chosen);
                if (format == Format.text) {
                    o.out().println("Embedded fake Storage Mover on " + fake.endpoint() + ", scenario: " + chosen.name());
                }
                String run = client.startJob(definition);
                return watch(o, client, run, timeout != null ? timeout : Duration.ofMinutes(1));
            }
        }
        try (AgentClient client = AgentClient.builder().endpoint(endpoint).tokenProvider(new AzureTokens(o.env()))
                .pollInterval(poll != null ? poll : Duration.ofSeconds(5)).build()) {
            String run = target.jobRun != null ? target.jobRun : client.startJob(target.jobDefinition);
            return watch(o, client, run, timeout != null ? timeout : Duration.ofHours(2));
        } catch (StorageMoverServiceException e) {
            o.error(e.getMessage());
            return AzsmCommand.EXIT_SERVICE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            o.error(e.getMessage());
            return AzsmCommand.EXIT_USAGE;
        }
    }

    private int watch(Output o, AgentClient client, String runId, Duration wait) {
        Progress progress = new Progress(o, format == Format.text);
        try {
            JobRun run = client.awaitJobRun(runId, wait, progress::update);
            progress.end();
            if (format == Format.json) {
                o.json(outcome(run, "Succeeded", null));
            } else {
                o.out().println(o.green("Succeeded") + String.format(": %,d items transferred, %,d failed (job run %s)",
                        run.items().transferred(), run.items().failed(), run.name()));
            }
            o.out().flush();
            return AzsmCommand.EXIT_OK;
        } catch (AzsmException e) {
            progress.end();
            if (format == Format.json) {
                o.json(outcome(progress.last, "Failed", e));
            } else {
                printFailure(o, e, progress.last);
            }
            return AzsmCommand.EXIT_FAILED;
        } catch (JobRunCanceledException e) {
            progress.end();
            if (format == Format.json) {
                o.json(outcome(e.run(), "Canceled", null));
            } else {
                o.out().println(o.red("Canceled") + ": job run " + e.run().name() + " was stopped without a status code");
            }
            o.out().flush();
            return AzsmCommand.EXIT_NOT_FINISHED;
        } catch (JobRunTimeoutException e) {
            progress.end();
            o.error(e.getMessage());
            return AzsmCommand.EXIT_NOT_FINISHED;
        } catch (StorageMoverServiceException e) {
            progress.end();
            o.error(e.getMessage());
            return AzsmCommand.EXIT_SERVICE;
        }
    }

    private static void printFailure(Output o, AzsmException e, JobRun last) {
        o.out().println(o.red("Failed") + ": " + o.bold(e.code() + " " + e.title()));
        o.row("exception", e.getClass().getSimpleName() + (e.isRecognized() ? "" : " (code newer than this azsm)"));
        e.context(ContextKeys.SERVICE_MESSAGE).ifPresent(m -> o.row("service says", m));
        o.row("remedy", e.remedy() + " - " + e.remedy().description());
        o.out().println("  what to do:");
        o.out().println(Output.wrap(e.mitigation(), 100, "    "));
        o.row("documentation", e.documentation().toString());
        e.context(ContextKeys.JOB_RUN).ifPresent(r -> o.row("job run", r));
        e.context(ContextKeys.RAW_CODE).ifPresent(r -> o.row("raw code", r));
        e.context(ContextKeys.CODE_PROBLEM).ifPresent(r -> o.row("code problem", r));
        if (last != null && last.items().failed() > 0) {
            o.out().println("  " + last.items().failed() + " items failed as well: triage the run's copy logs with"
                    + " `azsm triage <copy-log file>`.");
        }
        o.out().flush();
    }


    private static Map<String, Object> outcome(JobRun run, String status, AzsmException e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("jobRun", run == null ? null : run.id());
        json.put("status", status);
        if (run != null) {
            json.put("items", run.items());
            json.put("bytes", run.bytes());
        }
        if (e != null) {
            Map<String, Object> error = new CodeView(AzsmErrors.catalog(), e.code()).json();
            error.put("exception", e.getClass().getSimpleName());
            error.put("detail", e.detail().orElse(null));
            error.put("context", e.context());
            json.put("error", error);
        }
        return json;
    }

    /** Resolves a scenario name, or null if unknown. */
    static Scenario scenario(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "lease-lost":
                return Scenario.builder("scans 10,000 items, transfers 9,990, fails 10 files with AZSM2062,"
                        + " then fails with AZSM1023").scan(10_000).transfer(9_990).failFiles(10, "AZSM2062")
                        .fail("AZSM1023", "The lease on container 'migration' was lost while the job was running").build();
            case "succeeds":
                return JobFailureScenarios.succeeds();
            case "canceled":
                return JobFailureScenarios.canceled();
            case "no-code":
                return JobFailureScenarios.failsWithoutCode();
            default:
                break;
        }
        if (AzsmCode.isWellFormed(name.toUpperCase(Locale.ROOT))) {
            try {
                return JobFailureScenarios.forCode(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException notJob) {
                return null;
            }
        }
        try {
            Method method = JobFailureScenarios.class.getMethod(name);
            return method.getReturnType() == Scenario.class ? (Scenario) method.invoke(null) : null;
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Draws progress: a bar redrawn in place on a terminal, one line per change otherwise. */
    private static final class Progress {
        private final Output o;
        private final boolean enabled;
        private JobRun last;
        private boolean drawn;

        Progress(Output o, boolean enabled) {
            this.o = o;
            this.enabled = enabled;
        }

        void update(JobRun run) {
            last = run;
            if (!enabled) {
                return;
            }
            long scanned = run.items().scanned();
            long done = run.items().processed();
            String counts = String.format("%-11s %-10s items %,d/%,d  transferred %,d  failed %,d", run.status(),
                    run.scanStatus(), done, scanned, run.items().transferred(), run.items().failed());
            if (o.terminal()) {
                int width = 30;
                int filled = scanned == 0 ? 0 : (int) Math.min(width, done * width / scanned);
                o.out().print("\r[" + "#".repeat(filled) + "-".repeat(width - filled) + "] " + counts + "   ");
                drawn = true;
            } else {
                o.out().println(counts);
            }
            o.out().flush();
        }

        void end() {
            if (drawn) {
                o.out().println();
                drawn = false;
            }
        }
    }
}
