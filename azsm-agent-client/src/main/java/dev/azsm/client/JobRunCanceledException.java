package dev.azsm.client;

import dev.azsm.api.internal.Text;
import java.util.Objects;

/**
 * A job run ended {@code Canceled} without a status code: someone (or something) stopped it. This
 * is not a failure of the code scheme, so it is not an {@code AzsmException}; a canceled run that
 * does carry a code (such as {@code AZSM1045}, "Job was aborted while it was still running") is
 * thrown as that code's exception instead.
 */
public class JobRunCanceledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    // Not serialized: a JobRun is a plain value of this client, not part of the exception's stable form.
    private final transient JobRun run;

    /**
     * Creates the exception.
     *
     * @param run the canceled run
     */
    public JobRunCanceledException(JobRun run) {
        super("Job run " + Text.escape(Objects.requireNonNull(run, "run is null").id()) + " was canceled");
        this.run = run;
    }

    /** @return the run as last seen */
    public JobRun run() {
        return run;
    }
}
