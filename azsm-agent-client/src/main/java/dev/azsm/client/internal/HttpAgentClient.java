package dev.azsm.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azsm.api.internal.Text;
import dev.azsm.client.Agent;
import dev.azsm.client.AgentClient;
import dev.azsm.client.CopyLogFormat;
import dev.azsm.client.CopyLogReader;
import dev.azsm.client.JobRun;
import dev.azsm.client.JobRunCanceledException;
import dev.azsm.client.JobRunListener;
import dev.azsm.client.JobRunStatus;
import dev.azsm.client.JobRunTimeoutException;
import dev.azsm.client.StorageMoverServiceException.Kind;
import dev.azsm.client.StorageMoverServiceException;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The {@link AgentClient} over HTTP. */
public final class HttpAgentClient implements AgentClient {

    private static final int MAX_PAGES = 10_000;

    private static final Pattern WORKSPACE = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern RUN_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,128}");

    private final ClientConfig config;
    private final RestTransport transport;
    private final RestTransport logAnalytics;
    private volatile boolean closed;

    /**
     * Creates the client.
     *
     * @param config             the configuration
     * @param logAnalyticsConfig the configuration for Log Analytics queries
     */
    public HttpAgentClient(ClientConfig config, ClientConfig logAnalyticsConfig) {
        this.config = config;
        this.transport = new RestTransport(config);
        this.logAnalytics = new RestTransport(logAnalyticsConfig);
    }

    @Override
    public CopyLogReader queryFailedCopyLogs(String workspaceId, String jobRunName, Duration lookback) {
        Objects.requireNonNull(lookback, "lookback is null");
        if (workspaceId == null || !WORKSPACE.matcher(workspaceId).matches()) {
            throw new IllegalArgumentException("The workspace id " + Text.quote(workspaceId)
                    + " is not a Log Analytics workspace id (a GUID)");
        }
        if (jobRunName == null || !RUN_NAME.matcher(jobRunName).matches()) {
            throw new IllegalArgumentException("The job run name " + Text.quote(jobRunName)
                    + " is not a job run name: expected letters, digits, '.', '_' or '-', such as the last segment of its id");
        }
        String query = "StorageMoverCopyLogsFailed | where JobRunName == \"" + jobRunName + "\" | project TimeGenerated,"
                + " JobRunName, ItemPath, ItemType, FileSize, TransferResult, StatusCode, Details";
        Map<String, String> body = Map.of("query", query, "timespan", lookback.toString());
        String json;
        try {
            json = ResourceJson.mapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the query", e);
        }
        if (closed) {
            throw new IllegalStateException("This AgentClient is closed");
        }
        URI uri = URI.create(logAnalytics.endpoint().toString().replaceAll("/$", "") + "/v1/workspaces/" + workspaceId
                + "/query");
        String answer = logAnalytics.query(uri, "POST copy-log query of " + jobRunName, json);
        return CopyLogReader.of(new StringReader(answer), CopyLogFormat.LOG_ANALYTICS);
    }

    @Override
    public String startJob(String jobDefinitionId) {
        String operation = "POST startJob " + jobDefinitionId;
        JsonNode answer = transport.post(url(jobDefinitionId, "/startJob"), operation);
        return runIdOf(answer, operation);
    }

    @Override
    public String stopJob(String jobDefinitionId) {
        String operation = "POST stopJob " + jobDefinitionId;
        JsonNode answer = transport.post(url(jobDefinitionId, "/stopJob"), operation);
        return runIdOf(answer, operation);
    }

    @Override
    public JobRun getJobRun(String jobRunId) {
        String operation = "GET job run " + jobRunId;
        return decode(transport.get(url(jobRunId, ""), operation), ResourceJson::jobRun, operation);
    }

    @Override
    public List<JobRun> listJobRuns(String jobDefinitionId) {
        return list(url(jobDefinitionId, "/jobRuns"), "GET job runs of " + jobDefinitionId, ResourceJson::jobRun);
    }

    @Override
    public Agent getAgent(String agentId) {
        String operation = "GET agent " + agentId;
        return decode(transport.get(url(agentId, ""), operation), ResourceJson::agent, operation);
    }

    @Override
    public List<Agent> listAgents(String storageMoverId) {
        return list(url(storageMoverId, "/agents"), "GET agents of " + storageMoverId, ResourceJson::agent);
    }

    @Override
    public JobRun awaitJobRun(String jobRunId, Duration timeout, JobRunListener listener) {
        Objects.requireNonNull(timeout, "timeout is null");
        Objects.requireNonNull(listener, "listener is null");
        long deadline = System.nanoTime() + timeout.toNanos();
        JobRun last = null;
        while (true) {
            JobRun run = getJobRun(jobRunId);
            if (last == null || changed(last, run)) {
                listener.onUpdate(run);
            }
            last = run;
            if (run.isTerminal()) {
                return outcome(run);
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new JobRunTimeoutException(jobRunId, timeout, run);
            }
            try {
                Thread.sleep(Math.max(1, Math.min(config.pollInterval().toMillis(), remaining / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("Interrupted while waiting for job run " + Text.escape(jobRunId));
            }
        }
    }

    private static JobRun outcome(JobRun run) {
        if (run.status().equals(JobRunStatus.SUCCEEDED)) {
            return run;
        }
        run.failure().ifPresent(e -> {
            throw e;
        });
        throw new JobRunCanceledException(run);
    }

    private static boolean changed(JobRun before, JobRun now) {
        return !before.status().equals(now.status()) || !before.scanStatus().equals(now.scanStatus())
                || !before.items().equals(now.items()) || !before.bytes().equals(now.bytes());
    }

    @Override
    public void close() {
        closed = true;
        transport.close();
        logAnalytics.close();
    }

    private <T> List<T> list(URI first, String operation, Function<JsonNode, T> decoder) {
        List<T> out = new ArrayList<>();
        Set<URI> seen = new HashSet<>();
        URI next = first;
        for (int page = 0; next != null; page++) {
            if (page >= MAX_PAGES || !seen.add(next)) {
                throw new StorageMoverServiceException(Kind.MALFORMED_RESPONSE, operation, 200, null,
                        "the nextLink paging does not end (page " + page + " repeats " + next + ")", null, null, null,
                        null, null);
            }
            JsonNode answer = transport.get(next, operation);
            List<JsonNode> values = decode(answer, ResourceJson::values, operation);
            for (JsonNode value : values) {
                out.add(decode(value, decoder, operation));
            }
            next = nextLink(answer, operation);
        }
        return out;
    }

    private @Nullable URI nextLink(JsonNode page, String operation) {
        String link = decode(page, p -> ResourceJson.text(p, "nextLink"), operation);
        if (link == null || link.isBlank()) {
            return null;
        }
        URI uri;
        try {
            uri = config.endpoint().resolve(link.replace("{", "%7B").replace("}", "%7D").replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            throw malformed(operation, "the nextLink " + Text.quote(link) + " is not a URL", e);
        }
        URI endpoint = config.endpoint();
        if (!Objects.equals(uri.getScheme(), endpoint.getScheme()) || !Objects.equals(uri.getHost(), endpoint.getHost())
                || uri.getPort() != endpoint.getPort()) {
            throw malformed(operation, "the nextLink " + Text.quote(link) + " leads to another host than "
                    + endpoint + "; azsm does not send the bearer token elsewhere", null);
        }
        if (uri.getQuery() == null || !uri.getQuery().contains("api-version=")) {
            uri = URI.create(uri + (uri.getQuery() == null ? "?" : "&") + "api-version=" + config.apiVersion());
        }
        return uri;
    }

    private URI url(String resourceId, String suffix) {
        if (closed) {
            throw new IllegalStateException("This AgentClient is closed");
        }
        Objects.requireNonNull(resourceId, "resource id is null");
        if (!resourceId.startsWith("/") || resourceId.length() > 2048 || resourceId.contains("..")
                || !resourceId.chars().allMatch(c -> c > 0x20 && c < 0x7F && c != '?' && c != '#' && c != '%'
                        && c != '\\')) {
            throw new IllegalArgumentException("The resource id " + Text.quote(resourceId) + " is not a resource id:"
                    + " expected a path such as /subscriptions/<id>/resourceGroups/<group>/providers/"
                    + "Microsoft.StorageMover/storageMovers/<mover>/projects/<project>/jobDefinitions/<definition>");
        }
        String base = config.endpoint().toString();
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        String path = resourceId.endsWith("/") ? resourceId.substring(0, resourceId.length() - 1) : resourceId;
        return URI.create(base + path + suffix + "?api-version=" + config.apiVersion());
    }

    private static String runIdOf(JsonNode answer, String operation) {
        return decode(answer, a -> ResourceJson.required(a, "jobRunResourceId", "answer"), operation);
    }

    private static <T> T decode(JsonNode node, Function<JsonNode, T> decoder, String operation) {
        try {
            return decoder.apply(node);
        } catch (IllegalArgumentException e) {
            throw malformed(operation, e.getMessage(), e);
        }
    }

    private static StorageMoverServiceException malformed(String operation, @Nullable String what,
            @Nullable Throwable cause) {
        return new StorageMoverServiceException(Kind.MALFORMED_RESPONSE, operation, 200, null, what, null, null, null,
                null, cause);
    }
}
