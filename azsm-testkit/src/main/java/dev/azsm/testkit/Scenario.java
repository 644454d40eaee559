package dev.azsm.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.Scope;
import dev.azsm.client.JobRun;
import dev.azsm.client.internal.ResourceJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A job run's story, from queued to its end: what it scans, transfers and fails, and how it ends.
 * Everything a test needs comes from the same story, through the same decoding path production
 * uses:
 *
 * <pre>{@code
 * Scenario s = Scenario.builder("lease lost after partial copy")
 *         .scan(10_000).transfer(9_990).failFiles(10, "AZSM2062")
 *         .fail("AZSM1023", "lease on container c1 lost").build();
 * s.exception();          // the TargetAccessException that awaitJobRun throws for it
 * s.jobRunJson(runId);    // the job run as the service returns it at the end
 * s.script();             // what FakeStorageMover plays, poll by poll
 * s.copyLogRows();        // the 10 failed items, as copy-log records
 * }</pre>
 */
public final class Scenario {

    /** The ids a scenario's own JSON uses when no id is given. */
    public static final String EXAMPLE_RUN_ID = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/"
            + "azsm-test/providers/Microsoft.StorageMover/storageMovers/mover/projects/project/jobDefinitions/"
            + "definition/jobRuns/run-1";

    /** One failed item, as a copy-log record holds it. */
    public record CopyLogRow(String itemPath, String itemType, long fileSize, String transferResult, String statusCode,
            String details) {
    }

    private final String name;
    private final long scanned;
    private final long transferred;
    private final int failedFiles;
    private final @Nullable String fileCode;
    private final String outcome;
    private final @Nullable String code;
    private final @Nullable String message;

    private Scenario(Builder b) {
        this.name = b.name;
        this.scanned = b.scanned;
        this.transferred = b.transferred;
        this.failedFiles = b.failedFiles;
        this.fileCode = b.fileCode;
        this.outcome = b.outcome;
        this.code = b.code;
        this.message = b.message;
    }

    /**
     * Starts a scenario.
     *
     * @param name what the scenario shows, for test names
     * @return a builder (not thread-safe)
     */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** @return the scenario's name */
    public String name() {
        return name;
    }

    /** @return the code the run ends with, or empty when it succeeds or is canceled without one */
    public Optional<AzsmCode> code() {
        return Optional.ofNullable(code).flatMap(AzsmCode::tryParse);
    }

    /** @return the code exactly as the service reports it, possibly malformed, or empty */
    public Optional<String> rawCode() {
        return Optional.ofNullable(code);
    }

    /** @return the service's message for the failure, or empty */
    public Optional<String> message() {
        return Optional.ofNullable(message);
    }

    /** @return the terminal status: {@code Succeeded}, {@code Failed} or {@code Canceled} */
    public String outcome() {
        return outcome;
    }

    /**
     * Returns what {@link FakeStorageMover} plays, one step per read: queued, started, two reads
     * while scanning (30% and 60% scanned, 10% and 35% processed), three with the scan complete
     * (60%, 85%, 100% processed), then the end.
     *
     * @return the script
     */
    public RunScript script() {
        List<Map<String, Object>> steps = new ArrayList<>();
        steps.add(properties("Queued", "NotStarted", 0, 0, false));
        steps.add(properties("Started", "NotStarted", 0, 0, false));
        steps.add(properties("Running", "Scanning", 0.30, 0.10, false));
        steps.add(properties("Running", "Scanning", 0.60, 0.35, false));
        steps.add(properties("Running", "Completed", 1, 0.60, false));
        steps.add(properties("Running", "Completed", 1, 0.85, false));
        steps.add(properties(outcome, "Completed", 1, 1, true));
        return new RunScript(steps);
    }

    /**
     * Returns the run as the service returns it at its end.
     *
     * @param jobRunId the run's resource id
     * @return the JSON document
     */
    public String jobRunJson(String jobRunId) {
        ObjectNode run = ResourceJson.mapper().createObjectNode();
        run.put("id", jobRunId);
        run.put("name", jobRunId.substring(jobRunId.lastIndexOf('/') + 1));
        run.put("type", "Microsoft.StorageMover/storageMovers/projects/jobDefinitions/jobRuns");
        run.set("properties", ResourceJson.mapper().valueToTree(script().last()));
        try {
            return ResourceJson.mapper().writeValueAsString(run);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the scenario's job run", e);
        }
    }

    /**
     * Returns the run at its end, decoded as the client decodes it.
     *
     * @param jobRunId the run's resource id
     * @return the run
     */
    public JobRun jobRun(String jobRunId) {
        return ResourceJson.jobRun(ResourceJson.parse(jobRunJson(jobRunId)));
    }

    /**
     * Returns the exception {@code awaitJobRun} throws for this scenario, decoded from the
     * service's JSON exactly as production decodes it (not built with a constructor).
     *
     * @param jobRunId the run's resource id, which the exception's context holds
     * @return the exception
     * @throws IllegalStateException if the scenario does not fail
     */
    public AzsmException exception(String jobRunId) {
        return jobRun(jobRunId).failure().orElseThrow(() -> new IllegalStateException(
                "Scenario \"" + name + "\" ends " + outcome + " and has no exception"));
    }

    /**
     * Returns the exception with the {@link #EXAMPLE_RUN_ID} as its job run.
     *
     * @return the exception
     * @throws IllegalStateException if the scenario does not fail
     */
    public AzsmException exception() {
        return exception(EXAMPLE_RUN_ID);
    }

    /**
     * Returns the failed items as copy-log records.
     *
     * @return one row per failed item
     */
    public List<CopyLogRow> copyLogRows() {
        List<CopyLogRow> rows = new ArrayList<>(failedFiles);
        for (int i = 0; i < failedFiles; i++) {
            rows.add(new CopyLogRow("data/folder-" + (i % 10) + "/file-" + i + ".bin", "F", 1024L * (i + 1), "Failed",
                    Objects.requireNonNull(fileCode), "simulated failure " + (i + 1) + " of " + failedFiles));
        }
        return rows;
    }

    private Map<String, Object> properties(String status, String scanStatus, double scannedShare, double processedShare,
            boolean end) {
        long scan = Math.round(scanned * scannedShare);
        long transfer = Math.round(transferred * processedShare);
        long failed = Math.round(failedFiles * processedShare);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("status", status);
        p.put("scanStatus", scanStatus);
        p.put("agentName", "agent-1");
        p.put("agentResourceId", "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/azsm-test/"
                + "providers/Microsoft.StorageMover/storageMovers/mover/agents/agent-1");
        p.put("executionStartTime", "2026-12-04T10:00:00Z");
        p.put("executionEndTime", end ? "2026-12-04T11:00:00Z" : null);
        p.put("lastStatusUpdate", "2026-12-04T10:30:00Z");
        p.put("itemsScanned", scan);
        p.put("itemsExcluded", 0);
        p.put("itemsUnsupported", 0);
        p.put("itemsNoTransferNeeded", 0);
        p.put("itemsFailed", failed);
        p.put("itemsTransferred", transfer);
        p.put("bytesScanned", scan * 1_048_576L);
        p.put("bytesExcluded", 0);
        p.put("bytesUnsupported", 0);
        p.put("bytesNoTransferNeeded", 0);
        p.put("bytesFailed", failed * 1_048_576L);
        p.put("bytesTransferred", transfer * 1_048_576L);
        p.put("sourceName", "nfs-source");
        p.put("targetName", "blob-target");
        p.put("sourceProperties", Map.of());
        p.put("targetProperties", Map.of());
        if (end && (code != null || message != null)) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", code);
            error.put("message", message);
            error.put("target", "blob-target");
            p.put("error", error);
        }
        return p;
    }

    @Override
    public String toString() {
        return name;
    }

    /** Builds a {@link Scenario}; not thread-safe. */
    public static final class Builder {
        private final String name;
        private long scanned = 1_000;
        private long transferred = 1_000;
        private int failedFiles;
        private @Nullable String fileCode;
        private String outcome = "Succeeded";
        private @Nullable String code;
        private @Nullable String message;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name is null");
        }

        /** @param items how many items the run scans @return this */
        public Builder scan(long items) {
            this.scanned = items;
            return this;
        }

        /** @param items how many items it transfers @return this */
        public Builder transfer(long items) {
            this.transferred = items;
            return this;
        }

        /**
         * Fails some items with a file code.
         *
         * @param items how many
         * @param code  the file code, such as {@code "AZSM2062"}
         * @return this
         * @throws IllegalArgumentException if the code is not a file failure code
         */
        public Builder failFiles(int items, String code) {
            AzsmCode parsed = AzsmCode.parse(code);
            if (parsed.scope() != Scope.FILE || !parsed.block().isFailure()) {
                throw new IllegalArgumentException(code + " is not a file failure code (AZSM2021..AZSM2040, AZSM2061..)");
            }
            this.failedFiles = items;
            this.fileCode = code;
            return this;
        }

        /**
         * Ends the run {@code Failed} with a code, sent as given (it may be malformed on purpose).
         *
         * @param code    the code, or null for a failed run without an error object's code
         * @param message the service's message, or null
         * @return this
         */
        public Builder fail(@Nullable String code, @Nullable String message) {
            this.outcome = "Failed";
            this.code = code;
            this.message = message;
            return this;
        }

        /** Ends the run {@code Canceled} without a code. @return this */
        public Builder cancel() {
            this.outcome = "Canceled";
            this.code = null;
            this.message = null;
            return this;
        }

        /** Ends the run {@code Succeeded} (the default). @return this */
        public Builder succeed() {
            this.outcome = "Succeeded";
            this.code = null;
            this.message = null;
            return this;
        }

        /** @return the scenario */
        public Scenario build() {
            if (transferred + failedFiles > scanned) {
                throw new IllegalArgumentException("Scenario \"" + name + "\" transfers " + transferred + " and fails "
                        + failedFiles + " items but scans only " + scanned);
            }
            return new Scenario(this);
        }
    }
}
