package dev.azsm.client;

import java.time.Duration;
import java.util.List;

/**
 * A client for Storage Mover job runs and agents that surfaces every failure as its typed
 * exception: a failed job run as the {@code JobException} subclass of its {@code error.code}, an
 * agent that needs attention as its {@code AgentException}, and an error of the REST API itself as
 * a {@link StorageMoverServiceException}.
 *
 * <pre>{@code
 * AgentClient client = AgentClient.builder()
 *     .endpoint(URI.create("http://127.0.0.1:8080"))        // default: the public Resource Manager endpoint
 *     .tokenProvider(() -> new AccessToken("...", Instant.now().plusSeconds(3600)))
 *     .pollInterval(Duration.ofSeconds(5))
 *     .build();
 * JobRun run = client.awaitJobRun(jobRunResourceId, Duration.ofHours(2));
 * }</pre>
 *
 * <p>Resources are named by their full resource ids, as the service returns them
 * ({@code /subscriptions/.../jobDefinitions/d1/jobRuns/r1}). Implementations are thread-safe; this is
 * an interface so that tests can mock it (see azsm-testkit). Close the client to stop its threads.
 */
public interface AgentClient extends AutoCloseable {

    /**
     * Starts configuring a client over HTTP.
     *
     * @return a builder (not thread-safe)
     */
    static AgentClientBuilder builder() {
        return new AgentClientBuilder();
    }

    /**
     * Starts a new run of a job definition ({@code POST .../startJob}). Never retried once the
     * request may have reached the service, so it never creates two runs.
     *
     * @param jobDefinitionId the job definition's resource id
     * @return the new job run's resource id
     * @throws StorageMoverServiceException if the service refuses or cannot be reached
     */
    String startJob(String jobDefinitionId);

    /**
     * Asks the agent to stop the active run of a job definition ({@code POST .../stopJob}).
     *
     * @param jobDefinitionId the job definition's resource id
     * @return the resource id of the run being stopped
     * @throws StorageMoverServiceException if the service refuses or cannot be reached
     */
    String stopJob(String jobDefinitionId);

    /**
     * Reads one job run.
     *
     * @param jobRunId the job run's resource id
     * @return the run
     * @throws StorageMoverServiceException if the service answers with an error or a malformed body
     */
    JobRun getJobRun(String jobRunId);

    /**
     * Lists the runs of a job definition, following {@code nextLink} paging.
     *
     * @param jobDefinitionId the job definition's resource id
     * @return every run
     * @throws StorageMoverServiceException if a page fails
     */
    List<JobRun> listJobRuns(String jobDefinitionId);

    /**
     * Reads one agent.
     *
     * @param agentId the agent's resource id
     * @return the agent
     * @throws StorageMoverServiceException if the service answers with an error or a malformed body
     */
    Agent getAgent(String agentId);

    /**
     * Lists the agents of a storage mover, following {@code nextLink} paging.
     *
     * @param storageMoverId the storage mover's resource id
     * @return every agent
     * @throws StorageMoverServiceException if a page fails
     */
    List<Agent> listAgents(String storageMoverId);

    /**
     * Runs the Log Analytics query for the failed copy-log records of one job run
     * ({@code StorageMoverCopyLogsFailed}), against the client's Log Analytics endpoint.
     *
     * @param workspaceId the Log Analytics workspace id (a GUID)
     * @param jobRunName  the job run's name (the last segment of its id)
     * @param lookback    how far back to look, such as {@code Duration.ofDays(7)}
     * @return a reader over the answer's records; the answer is bounded by the client's maximum response size
     * @throws StorageMoverServiceException if the query fails
     */
    CopyLogReader queryFailedCopyLogs(String workspaceId, String jobRunName, Duration lookback);

    /**
     * Reads an agent and throws its typed exception if it needs attention.
     *
     * @param agentId the agent's resource id
     * @return the agent, healthy
     * @throws dev.azsm.api.AzsmException (normally an {@code AgentException}) if the agent needs attention
     */
    default Agent requireHealthy(String agentId) {
        Agent agent = getAgent(agentId);
        agent.failure().ifPresent(e -> {
            throw e;
        });
        return agent;
    }

    /**
     * Waits for a job run to end, without progress updates.
     *
     * @param jobRunId the job run's resource id
     * @param timeout  how long to wait at most
     * @return the run, if it succeeded
     * @throws dev.azsm.api.AzsmException the typed exception of the run's code if it failed
     * @throws JobRunCanceledException    if it was canceled without a code
     * @throws JobRunTimeoutException     if it was not finished within the timeout
     */
    default JobRun awaitJobRun(String jobRunId, Duration timeout) {
        return awaitJobRun(jobRunId, timeout, JobRunListener.NONE);
    }

    /**
     * Polls a job run every poll interval until it ends, telling the listener of every change.
     *
     * @param jobRunId the job run's resource id
     * @param timeout  how long to wait at most
     * @param listener hears each status and counter change
     * @return the run, if it succeeded
     * @throws dev.azsm.api.AzsmException the typed exception of the run's code if it failed
     * @throws JobRunCanceledException    if it was canceled without a code
     * @throws JobRunTimeoutException     if it was not finished within the timeout
     * @throws java.util.concurrent.CancellationException if the waiting thread was interrupted (its
     *     interrupt flag is set again)
     */
    JobRun awaitJobRun(String jobRunId, Duration timeout, JobRunListener listener);

    /** Stops the client's threads; calls after this fail. */
    @Override
    void close();
}
