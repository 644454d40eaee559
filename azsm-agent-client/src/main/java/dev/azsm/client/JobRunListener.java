package dev.azsm.client;

/**
 * Hears about a job run while {@link AgentClient#awaitJobRun(String, java.time.Duration, JobRunListener)}
 * waits for it: once for the first read, then whenever its status, scan status or counters change.
 * Enough to draw a progress bar:
 *
 * <pre>{@code
 * client.awaitJobRun(runId, Duration.ofHours(2), run ->
 *         progressBar.show(run.status(), run.items().processed(), run.items().scanned()));
 * }</pre>
 *
 * <p>Called on the waiting thread; an exception it throws ends the wait and reaches the caller.
 */
@FunctionalInterface
public interface JobRunListener {

    /**
     * A listener that ignores every update.
     */
    JobRunListener NONE = run -> { };

    /**
     * Called with the run as just read.
     *
     * @param run the run
     */
    void onUpdate(JobRun run);
}
