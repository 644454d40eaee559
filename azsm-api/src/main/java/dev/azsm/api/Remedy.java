package dev.azsm.api;

/**
 * What a person (or a program) must do about a status code.
 *
 * <p>Only {@link #RETRY} is retryable: the failure is likely temporary and running the job again
 * may succeed. The others need a person first.
 *
 * <pre>{@code
 * if (e.remedy().isRetryable()) scheduleRetry(); else page(e.mitigation());
 * }</pre>
 */
public enum Remedy {
    /** The failure is likely temporary: retry, and create a support ticket if it persists. */
    RETRY("Retry; if the failure persists, create a support ticket"),
    /** An endpoint, path or job definition is wrong: fix the configuration, then retry. */
    FIX_CONFIGURATION("Fix the configuration (endpoint, path or job definition), then retry"),
    /** The agent lacks a permission or role assignment: grant it, then retry. */
    GRANT_PERMISSION("Grant the missing permission or role assignment, then retry"),
    /** The agent is too old for what was asked: update the agent. */
    UPDATE_AGENT("Update the Storage Mover agent, then retry"),
    /** The item or target is not supported as it is: change it or accept that it is skipped. */
    UNSUPPORTED("Not supported as it is: change the item or the target, or accept that it is skipped"),
    /** Nothing the user can change is known to help: create a support ticket. */
    CONTACT_SUPPORT("Create a support ticket"),
    /** Not a failure (success, excluded, no copy necessary): nothing to do. */
    NONE("Nothing to do: not a failure");

    private final String description;

    Remedy(String description) {
        this.description = description;
    }

    /**
     * Returns whether trying again without changing anything may succeed.
     *
     * @return true only for {@link #RETRY}
     */
    public boolean isRetryable() {
        return this == RETRY;
    }

    /**
     * Returns whether a person must act before the work can succeed.
     *
     * @return true for every remedy but {@link #RETRY} and {@link #NONE}
     */
    public boolean needsPerson() {
        return this != RETRY && this != NONE;
    }

    /**
     * Returns a one-line description of what to do, for people.
     *
     * @return the description
     */
    public String description() {
        return description;
    }
}
