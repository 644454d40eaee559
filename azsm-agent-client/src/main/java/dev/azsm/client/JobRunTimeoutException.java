package dev.azsm.client;

import dev.azsm.api.internal.Text;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code awaitJobRun} gave up: the run was not terminal within the timeout. The run goes on; this
 * says only that the caller stopped waiting.
 */
public class JobRunTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient @Nullable JobRun lastSeen;
    /** @serial the timeout */
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param jobRunId the run's id
     * @param timeout  how long the caller waited
     * @param lastSeen the run as last seen, or null if never read
     */
    public JobRunTimeoutException(String jobRunId, Duration timeout, @Nullable JobRun lastSeen) {
        super("Job run " + Text.escape(jobRunId) + " was not finished after " + timeout
                + (lastSeen == null ? "" : "; last status " + lastSeen.status() + ", " + lastSeen.items().processed()
                        + " of " + lastSeen.items().scanned() + " items processed"));
        this.timeout = timeout;
        this.lastSeen = lastSeen;
    }

    /** @return the run as last seen */
    public Optional<JobRun> lastSeen() {
        return Optional.ofNullable(lastSeen);
    }

    /** @return how long the caller waited */
    public Duration timeout() {
        return timeout;
    }
}
