package dev.azsm.client;

import java.util.Objects;

/**
 * The status of an agent, an extensible enumeration like {@link JobRunStatus}.
 *
 * @param value the status as the service sent it, such as {@code "Online"}
 */
public record AgentStatus(String value) {

    /** Being registered. */
    public static final AgentStatus REGISTERING = new AgentStatus("Registering");
    /** Not connected. */
    public static final AgentStatus OFFLINE = new AgentStatus("Offline");
    /** Connected and idle. */
    public static final AgentStatus ONLINE = new AgentStatus("Online");
    /** Running a job. */
    public static final AgentStatus EXECUTING = new AgentStatus("Executing");
    /** Needs a person: see the agent's error details. */
    public static final AgentStatus REQUIRES_ATTENTION = new AgentStatus("RequiresAttention");
    /** Being unregistered. */
    public static final AgentStatus UNREGISTERING = new AgentStatus("Unregistering");

    /**
     * Checks the value is present.
     *
     * @throws NullPointerException if it is null
     */
    public AgentStatus {
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public String toString() {
        return value;
    }
}
