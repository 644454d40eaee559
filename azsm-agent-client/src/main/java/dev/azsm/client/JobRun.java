package dev.azsm.client;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A job run as the Storage Mover REST API describes it, every property kept: statuses and values
 * unknown to this SDK are kept as they came ({@link JobRunStatus}, {@link #otherProperties()}).
 *
 * <p>{@link #failure()} turns a failed run into its typed exception:
 *
 * <pre>{@code
 * JobRun run = client.getJobRun(runId);
 * run.failure().ifPresent(e -> log.error("{}: {}", e.code(), e.mitigation()));
 * }</pre>
 *
 * @param id                     the run's full resource id, as the service gave it
 * @param name                   the run's name
 * @param status                 the run's status
 * @param scanStatus             where the scan of the source is
 * @param agentName              the agent running it, or null
 * @param agentResourceId        the agent's resource id, or null
 * @param executionStartTime     when it started, or null
 * @param executionEndTime       when it ended, or null
 * @param lastStatusUpdate       when the agent last reported, or null
 * @param scheduledExecutionTime when it was scheduled for, or null
 * @param triggerType            {@code Manual} or {@code Scheduled}, or null
 * @param items                  the item counters
 * @param bytes                  the byte counters
 * @param sourceName             the source endpoint's name, or null
 * @param sourceResourceId       the source endpoint's resource id, or null
 * @param targetName             the target endpoint's name, or null
 * @param targetResourceId       the target endpoint's resource id, or null
 * @param error                  the run's error, or null
 * @param warnings               the run's warnings (api-version 2025-08-01 on)
 * @param provisioningState      the resource's provisioning state, or null
 * @param otherProperties        every other property, as raw JSON text: the untyped snapshots
 *                               ({@code sourceProperties}, ...) and properties of newer service versions
 */
public record JobRun(String id, String name, JobRunStatus status, ScanStatus scanStatus, @Nullable String agentName,
        @Nullable String agentResourceId, @Nullable Instant executionStartTime, @Nullable Instant executionEndTime,
        @Nullable Instant lastStatusUpdate, @Nullable Instant scheduledExecutionTime, @Nullable String triggerType,
        Counters items, Counters bytes, @Nullable String sourceName, @Nullable String sourceResourceId,
        @Nullable String targetName, @Nullable String targetResourceId, @Nullable ServiceError error,
        List<ServiceError> warnings, @Nullable String provisioningState, Map<String, String> otherProperties) {

    /**
     * Checks the required parts and copies the collections.
     *
     * @throws NullPointerException naming the missing part
     */
    public JobRun {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(scanStatus, "scanStatus is null");
        Objects.requireNonNull(items, "items is null");
        Objects.requireNonNull(bytes, "bytes is null");
        warnings = List.copyOf(warnings);
        otherProperties = Map.copyOf(otherProperties);
    }

    /** @return whether the run will not change again */
    public boolean isTerminal() {
        return status.isTerminal();
    }

    /**
     * Returns the job definition's resource id: the run's id without its {@code /jobRuns/<name>}
     * tail. Ids whose shape differs from the documented path (as in the service's own examples) are
     * handled; an id without {@code /jobRuns/} is returned whole.
     *
     * @return the job definition's id
     */
    public String jobDefinitionId() {
        int at = id.toLowerCase(Locale.ROOT).lastIndexOf("/jobruns/");
        return at < 0 ? id : id.substring(0, at);
    }

    /**
     * Returns the typed exception of a run that failed: the category class of its
     * {@code error.code}, with the job run, job definition, agent, source, target and the service's
     * message and target in the context. A failed run without an error object, or with a malformed
     * code, is {@code AZSM1060} with that fact in the context. A {@code Canceled} run is a failure
     * only when the service reports a code for it (such as {@code AZSM1045}).
     *
     * @return the exception, or empty if the run has not failed
     */
    public Optional<AzsmException> failure() {
        boolean failed = status.equals(JobRunStatus.FAILED);
        boolean canceledWithCode = status.equals(JobRunStatus.CANCELED) && error != null && error.code() != null
                && !error.code().isBlank();
        if (!failed && !canceledWithCode) {
            return Optional.empty();
        }
        return Optional.of(AzsmErrors.fromReportedCode(Scope.JOB, error == null ? null : error.code(),
                error == null ? null : error.message(), context(), true));
    }

    /**
     * Returns what an exception about this run carries in its context.
     *
     * @return job run, job definition, agent, source, target, the service's message and target
     */
    public Map<String, String> context() {
        Map<String, String> context = new LinkedHashMap<>();
        context.put(ContextKeys.JOB_RUN, id);
        context.put(ContextKeys.JOB_DEFINITION, jobDefinitionId());
        putIfPresent(context, ContextKeys.AGENT, agentName);
        putIfPresent(context, ContextKeys.SOURCE, sourceName);
        putIfPresent(context, ContextKeys.TARGET, targetName);
        if (error != null) {
            putIfPresent(context, ContextKeys.SERVICE_MESSAGE, error.message());
            putIfPresent(context, ContextKeys.SERVICE_TARGET, error.target());
        }
        return context;
    }

    private static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
