package dev.azsm.client;

import java.util.Objects;
import java.util.Set;

/**
 * The status of a job run, an extensible enumeration: the values the service documents are
 * constants, and a value from a newer service version is kept as it is ({@link #isKnown()} false).
 *
 * @param value the status as the service sent it, such as {@code "Running"}
 */
public record JobRunStatus(String value) {

    /** Waiting to run. */
    public static final JobRunStatus QUEUED = new JobRunStatus("Queued");
    /** Handed to the agent. */
    public static final JobRunStatus STARTED = new JobRunStatus("Started");
    /** Running. */
    public static final JobRunStatus RUNNING = new JobRunStatus("Running");
    /** A stop was asked for. */
    public static final JobRunStatus CANCEL_REQUESTED = new JobRunStatus("CancelRequested");
    /** Stopping. */
    public static final JobRunStatus CANCELING = new JobRunStatus("Canceling");
    /** Stopped on request: terminal. */
    public static final JobRunStatus CANCELED = new JobRunStatus("Canceled");
    /** Failed: terminal; the run's error holds the code. */
    public static final JobRunStatus FAILED = new JobRunStatus("Failed");
    /** Succeeded: terminal. */
    public static final JobRunStatus SUCCEEDED = new JobRunStatus("Succeeded");
    /** Paused by the bandwidth schedule (since api-version 2024-07-01). */
    public static final JobRunStatus PAUSED_BY_BANDWIDTH_MANAGEMENT = new JobRunStatus("PausedByBandwidthManagement");

    private static final Set<JobRunStatus> KNOWN = Set.of(QUEUED, STARTED, RUNNING, CANCEL_REQUESTED, CANCELING,
            CANCELED, FAILED, SUCCEEDED, PAUSED_BY_BANDWIDTH_MANAGEMENT);

    /**
     * Checks the value is present.
     *
     * @throws NullPointerException if it is null
     */
    public JobRunStatus {
        Objects.requireNonNull(value, "value is null");
    }

    /** @return whether the service documents this value */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    /**
     * Returns whether a run in this status will not change again: {@code Succeeded}, {@code Failed}
     * or {@code Canceled}. Values unknown to this SDK are taken as not terminal.
     *
     * @return whether the status is terminal
     */
    public boolean isTerminal() {
        return equals(SUCCEEDED) || equals(FAILED) || equals(CANCELED);
    }

    @Override
    public String toString() {
        return value;
    }
}
