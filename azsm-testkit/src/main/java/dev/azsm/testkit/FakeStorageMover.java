package dev.azsm.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.azsm.client.AccessToken;
import dev.azsm.client.AgentClient;
import dev.azsm.client.RetryOptions;
import dev.azsm.client.internal.ResourceJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A fake Storage Mover service: a real HTTP server on 127.0.0.1 (a free port) that speaks the REST
 * shapes the client uses, in memory, scripted by {@link Scenario}s.
 *
 * <pre>{@code
 * try (FakeStorageMover fake = FakeStorageMover.start();
 *      AgentClient client = fake.client()) {
 *     String definition = fake.jobDefinitionId("project", "nightly");
 *     fake.onStart(definition, JobFailureScenarios.targetLeaseExpired());
 *     String run = client.startJob(definition);
 *     assertThatThrownBy(() -> client.awaitJobRun(run, Duration.ofSeconds(10)))
 *             .isInstanceOf(TargetAccessException.class);
 *     assertThat(fake.requests()).hasSizeGreaterThan(1);
 * }
 * }</pre>
 *
 * <p>It serves {@code startJob} and {@code stopJob}, job runs (each read advances the run one step
 * of its script) and their list with {@code nextLink} paging, agents and their list, and the Log
 * Analytics query API ({@code POST /v1/workspaces/{id}/query}) with each run's failed copy-log rows. It answers 401
 * to a request without a bearer token, 404 with a Resource Manager error to an unknown path, and
 * applies injected {@link Fault}s. Every request is recorded. Thread-safe; many instances can run
 * side by side.
 */
public final class FakeStorageMover implements AutoCloseable {

    /** The subscription of every id the fake serves. */
    public static final String SUBSCRIPTION = "00000000-0000-0000-0000-000000000000";

    private static final String MOVER = "/subscriptions/" + SUBSCRIPTION
            + "/resourceGroups/azsm-test/providers/Microsoft.StorageMover/storageMovers/mover";
    private static final Pattern DEFINITION = Pattern.compile("(?i)^(" + Pattern.quote(MOVER)
            + "/projects/[^/]+/jobDefinitions/[^/]+)(/startJob|/stopJob|/jobRuns(?:/([^/]+))?)$");
    private static final Pattern SKIP_TOKEN = Pattern.compile("\\$skiptoken=(\\d+)");
    private static final Pattern QUERY = Pattern.compile("^/v1/workspaces/([^/]+)/query$");
    private static final Pattern RUN_IN_QUERY = Pattern.compile("JobRunName\\s*==\\s*\"([^\"]+)\"");
    private static final Pattern AGENTS = Pattern.compile("(?i)^" + Pattern.quote(MOVER) + "/agents(?:/([^/]+))?$");
    private static final Scenario DEFAULT = Scenario.builder("succeeds").build();

    private final HttpServer server;
    private final ExecutorService executor;
    private final Object lock = new Object();
    private final Map<String, Deque<Scenario>> onStart = new LinkedHashMap<>();
    private final Map<String, RunState> runs = new LinkedHashMap<>();
    // Keyed by lower-case id (Azure ids are case-insensitive); the value keeps the id as created.
    private final Map<String, Map.Entry<String, Map<String, Object>>> agents = new LinkedHashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private final Deque<Fault> nextFaults = new ArrayDeque<>();
    private @Nullable Fault randomFault;
    private double randomRatio;
    private @Nullable Random random;
    private int pageSize = 100;
    private final AtomicInteger runNumbers = new AtomicInteger();

    private static final class RunState {
        final String definition;
        final String id;
        final List<Scenario.CopyLogRow> copyLogRows;
        RunScript script;
        int reads;

        RunState(String definition, String id, Scenario scenario) {
            this.definition = definition;
            this.id = id;
            this.script = scenario.script();
            this.copyLogRows = scenario.copyLogRows();
        }
    }

    private FakeStorageMover(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts a fake on 127.0.0.1 and a free port.
     *
     * @return the running fake; close it when done
     * @throws IllegalStateException if no port can be bound
     */
    public static FakeStorageMover start() {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "azsm-fake-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            FakeStorageMover fake = new FakeStorageMover(server, executor);
            server.createContext("/", fake::handle);
            server.setExecutor(executor);
            server.start();
            return fake;
        } catch (IOException e) {
            executor.shutdownNow();
            throw new IllegalStateException("Cannot start the fake Storage Mover on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** @return the base URL, such as {@code http://127.0.0.1:41234} */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /**
     * Returns a client for this fake: a fixed test token, polling every 10 ms, quick retries.
     *
     * @return a new client; close it when done
     */
    public AgentClient client() {
        return AgentClient.builder().endpoint(endpoint()).logAnalyticsEndpoint(endpoint())
                .tokenProvider(() -> new AccessToken("fake-token", Instant.now().plus(Duration.ofHours(1))))
                .pollInterval(Duration.ofMillis(10))
                .requestTimeout(Duration.ofSeconds(5))
                .retry(new RetryOptions(3, Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofSeconds(10)))
                .build();
    }

    /** @return the storage mover's resource id */
    public String storageMoverId() {
        return MOVER;
    }

    /**
     * Returns the resource id of a job definition of this fake's storage mover.
     *
     * @param project    the project's name
     * @param definition the definition's name
     * @return the id
     */
    public String jobDefinitionId(String project, String definition) {
        return MOVER + "/projects/" + project + "/jobDefinitions/" + definition;
    }

    /**
     * Returns the resource id of an agent of this fake's storage mover.
     *
     * @param name the agent's name
     * @return the id
     */
    public String agentId(String name) {
        return agentIdOf(name);
    }

    static String agentIdOf(String name) {
        return MOVER + "/agents/" + name;
    }

    /**
     * Makes the next {@code startJob} of a definition create a run that plays a scenario. Scenarios
     * queue; without one, a run succeeds.
     *
     * @param jobDefinitionId the definition's id
     * @param scenario        the scenario
     * @return this fake
     */
    public FakeStorageMover onStart(String jobDefinitionId, Scenario scenario) {
        Objects.requireNonNull(scenario, "scenario is null");
        synchronized (lock) {
            onStart.computeIfAbsent(key(jobDefinitionId), k -> new ArrayDeque<>()).add(scenario);
        }
        return this;
    }

    /**
     * Adds a run that already exists, playing a scenario.
     *
     * @param jobDefinitionId the definition's id
     * @param scenario        the scenario
     * @return the run's resource id
     */
    public String addJobRun(String jobDefinitionId, Scenario scenario) {
        synchronized (lock) {
            return createRun(key(jobDefinitionId), jobDefinitionId, scenario);
        }
    }

    /**
     * Adds an agent.
     *
     * @param name       the agent's name
     * @param status     its {@code agentStatus}, such as {@code "Online"}
     * @param errorCode  the code of its {@code errorDetails}, or null
     * @param errorText  the message of its {@code errorDetails}, or null
     * @return the agent's resource id
     */
    public String addAgent(String name, String status, @Nullable String errorCode, @Nullable String errorText) {
        Map<String, Object> p = agentProperties(status, errorCode, errorText);
        synchronized (lock) {
            agents.put(key(agentId(name)), Map.entry(agentId(name), p));
        }
        return agentId(name);
    }

    // The properties of an agent as the fake serves it; AgentFailureScenarios decodes the same shape.
    static Map<String, Object> agentProperties(String status, @Nullable String errorCode, @Nullable String errorText) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("agentStatus", status);
        p.put("agentVersion", "2.0.358");
        p.put("numberOfCores", 8);
        p.put("memoryInMB", 16384);
        if (errorCode != null || errorText != null) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("code", errorCode);
            error.put("message", errorText);
            p.put("errorDetails", error);
        }
        return p;
    }

    /**
     * Sets how many resources a list page holds (default 100), to exercise {@code nextLink} paging.
     *
     * @param size 1..1000
     * @return this fake
     */
    public FakeStorageMover pageSize(int size) {
        if (size < 1 || size > 1000) {
            throw new IllegalArgumentException("pageSize is " + size + ", expected 1..1000");
        }
        synchronized (lock) {
            this.pageSize = size;
        }
        return this;
    }

    /**
     * Applies a fault to the next requests.
     *
     * @param fault the fault
     * @param times how many requests, from the next one
     * @return this fake
     */
    public FakeStorageMover inject(Fault fault, int times) {
        Objects.requireNonNull(fault, "fault is null");
        synchronized (lock) {
            for (int i = 0; i < times; i++) {
                nextFaults.add(fault);
            }
        }
        return this;
    }

    /**
     * Applies a fault to a share of requests, drawn with a fixed seed so runs repeat.
     *
     * @param fault the fault
     * @param ratio 0..1
     * @param seed  the random seed
     * @return this fake
     */
    public FakeStorageMover injectRandomly(Fault fault, double ratio, long seed) {
        if (ratio < 0 || ratio > 1) {
            throw new IllegalArgumentException("ratio is " + ratio + ", expected 0..1");
        }
        synchronized (lock) {
            this.randomFault = Objects.requireNonNull(fault, "fault is null");
            this.randomRatio = ratio;
            this.random = new Random(seed);
        }
        return this;
    }

    /** Stops injecting faults. @return this fake */
    public FakeStorageMover clearFaults() {
        synchronized (lock) {
            nextFaults.clear();
            randomFault = null;
        }
        return this;
    }

    /** @return every request received so far, in order */
    public List<RecordedRequest> requests() {
        synchronized (lock) {
            return List.copyOf(requests);
        }
    }

    /**
     * Returns how many runs a definition has, to check that no call created two.
     *
     * @param jobDefinitionId the definition's id
     * @return the count
     */
    public int runCount(String jobDefinitionId) {
        synchronized (lock) {
            String key = key(jobDefinitionId);
            return (int) runs.values().stream().filter(r -> r.definition.equals(key)).count();
        }
    }

    /** Stops the server and its threads. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- serving ----

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readNBytes(1 << 20), StandardCharsets.UTF_8);
            }
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            boolean bearer = authorization != null && authorization.startsWith("Bearer ")
                    && !authorization.substring(7).isBlank();
            Fault fault = record(exchange, body, bearer);
            if (fault instanceof Fault.Delay delay) {
                sleep(delay.delay());
            } else if (fault instanceof Fault.Reset) {
                return; // closing the exchange without headers drops the connection
            } else if (fault instanceof Fault.Throttle throttle) {
                exchange.getResponseHeaders().add("Retry-After", Long.toString(throttle.retryAfter().toSeconds()));
                armError(exchange, 429, "TooManyRequests", "The request is being throttled (injected fault).");
                return;
            } else if (fault instanceof Fault.Status status) {
                armError(exchange, status.status(), "InjectedFault", "HTTP " + status.status() + " (injected fault).");
                return;
            } else if (fault instanceof Fault.Error error) {
                armError(exchange, error.status(), error.code(), error.message());
                return;
            } else if (fault instanceof Fault.MalformedBody) {
                respond(exchange, 200, "{\"id\": \"/broken\", \"properties\": {\"status\": ");
                return;
            }
            if (!bearer) {
                armError(exchange, 401, "AuthenticationFailed", "Authentication failed: the request has no bearer token.");
                return;
            }
            route(exchange, body);
        }
    }

    private @Nullable Fault record(HttpExchange exchange, String body, boolean bearer) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT),
                name.equalsIgnoreCase("Authorization") ? "***" : values.get(0)));
        URI uri = exchange.getRequestURI();
        synchronized (lock) {
            requests.add(new RecordedRequest(exchange.getRequestMethod(), uri.getPath(),
                    uri.getRawQuery() == null ? "" : uri.getRawQuery(), Collections.unmodifiableMap(headers), body, bearer));
            if (!nextFaults.isEmpty()) {
                return nextFaults.poll();
            }
            if (randomFault != null && random != null && random.nextDouble() < randomRatio) {
                return randomFault;
            }
            return null;
        }
    }

    private void route(HttpExchange exchange, String body) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (QUERY.matcher(path).matches() && method.equals("POST")) {
            synchronized (lock) {
                query(exchange, body);
            }
            return;
        }
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null || !query.contains("api-version=")) {
            armError(exchange, 400, "MissingApiVersionParameter", "The api-version query parameter is required.");
            return;
        }
        Matcher definition = DEFINITION.matcher(path);
        Matcher agent = AGENTS.matcher(path);
        synchronized (lock) {
            if (definition.matches()) {
                String def = key(definition.group(1));
                String action = definition.group(2).toLowerCase(Locale.ROOT);
                if (method.equals("POST") && action.equals("/startjob")) {
                    Deque<Scenario> queued = onStart.get(def);
                    Scenario scenario = queued == null || queued.isEmpty() ? DEFAULT : queued.poll();
                    respond(exchange, 200, json(Map.of("jobRunResourceId",
                            createRun(def, definition.group(1), scenario))));
                } else if (method.equals("POST") && action.equals("/stopjob")) {
                    stop(exchange, def);
                } else if (method.equals("GET") && definition.group(3) != null) {
                    RunState run = runs.get(key(path));
                    if (run == null) {
                        armError(exchange, 404, "ResourceNotFound", "The job run " + path + " was not found.");
                    } else {
                        respond(exchange, 200, json(runJson(run, run.script.step(run.reads++))));
                    }
                } else if (method.equals("GET")) {
                    page(exchange, runs.values().stream().filter(r -> r.definition.equals(def))
                            .map(r -> runJson(r, r.script.step(r.reads))).toList());
                } else {
                    armError(exchange, 405, "MethodNotAllowed", method + " is not allowed on " + path);
                }
            } else if (agent.matches() && method.equals("GET")) {
                if (agent.group(1) == null) {
                    page(exchange, agents.values().stream().map(e -> agentJson(e.getKey(), e.getValue())).toList());
                } else {
                    Map.Entry<String, Map<String, Object>> found = agents.get(key(path));
                    if (found == null) {
                        armError(exchange, 404, "ResourceNotFound", "The agent " + path + " was not found.");
                    } else {
                        respond(exchange, 200, json(agentJson(found.getKey(), found.getValue())));
                    }
                }
            } else {
                armError(exchange, 404, "ResourceNotFound", "No resource at " + path + " on the fake Storage Mover.");
            }
        }
    }

    private void stop(HttpExchange exchange, String definition) throws IOException {
        RunState active = runs.values().stream()
                .filter(r -> r.definition.equals(definition) && !isTerminal(r.script.step(r.reads))).reduce((a, b) -> b)
                .orElse(null);
        if (active == null) {
            armError(exchange, 409, "Conflict", "The job definition has no active job run to stop.");
            return;
        }
        Map<String, Object> canceled = new LinkedHashMap<>(active.script.step(active.reads));
        canceled.put("status", "Canceled");
        canceled.remove("error");
        active.script = new RunScript(List.of(canceled));
        active.reads = 0;
        respond(exchange, 200, json(Map.of("jobRunResourceId", active.id)));
    }

    private static boolean isTerminal(Map<String, Object> step) {
        Object status = step.get("status");
        return "Succeeded".equals(status) || "Failed".equals(status) || "Canceled".equals(status);
    }

    private void page(HttpExchange exchange, List<Map<String, Object>> all) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        Matcher skip = SKIP_TOKEN.matcher(query == null ? "" : query);
        int from = skip.find() ? Integer.parseInt(skip.group(1)) : 0;
        int to = Math.min(all.size(), from + pageSize);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("value", all.subList(Math.min(from, all.size()), to));
        if (to < all.size()) {
            page.put("nextLink", endpoint() + exchange.getRequestURI().getPath() + "?api-version=2025-07-01&$skiptoken=" + to);
        }
        respond(exchange, 200, json(page));
    }

    private String createRun(String definitionKey, String definitionId, Scenario scenario) {
        String id = definitionId + "/jobRuns/run-" + runNumbers.incrementAndGet();
        runs.put(key(id), new RunState(definitionKey, id, scenario));
        return id;
    }

    // The Log Analytics query API: the failed copy-log rows of the run the KQL names.
    private void query(HttpExchange exchange, String body) throws IOException {
        String kql;
        try {
            kql = ResourceJson.text(ResourceJson.parse(body), "query");
        } catch (IllegalArgumentException e) {
            armError(exchange, 400, "BadArgumentError", "The request body is not a query: " + e.getMessage());
            return;
        }
        Matcher run = RUN_IN_QUERY.matcher(kql == null ? "" : kql);
        if (!run.find()) {
            armError(exchange, 400, "BadArgumentError", "The fake answers queries that name a JobRunName.");
            return;
        }
        List<Object> rows = new ArrayList<>();
        for (RunState state : runs.values()) {
            if (state.id.endsWith("/" + run.group(1))) {
                for (Scenario.CopyLogRow row : state.copyLogRows) {
                    rows.add(Arrays.asList("2026-12-04T10:30:00Z", run.group(1), row.itemPath(), row.itemType(),
                            row.fileSize(), row.transferResult(), row.statusCode(), row.details()));
                }
            }
        }
        List<Map<String, String>> columns = new ArrayList<>();
        String[][] names = {{"TimeGenerated", "datetime"}, {"JobRunName", "string"}, {"ItemPath", "string"},
            {"ItemType", "string"}, {"FileSize", "long"}, {"TransferResult", "string"}, {"StatusCode", "string"},
            {"Details", "string"}};
        for (String[] column : names) {
            columns.add(Map.of("name", column[0], "type", column[1]));
        }
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("name", "PrimaryResult");
        table.put("columns", columns);
        table.put("rows", rows);
        respond(exchange, 200, json(Map.of("tables", List.of(table))));
    }

    private static Map<String, Object> runJson(RunState run, Map<String, Object> properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", run.id);
        json.put("name", run.id.substring(run.id.lastIndexOf('/') + 1));
        json.put("type", "Microsoft.StorageMover/storageMovers/projects/jobDefinitions/jobRuns");
        json.put("properties", properties);
        return json;
    }

    static Map<String, Object> agentJson(String id, Map<String, Object> properties) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("name", id.substring(id.lastIndexOf('/') + 1));
        json.put("type", "Microsoft.StorageMover/storageMovers/agents");
        json.put("properties", properties);
        return json;
    }

    private static void armError(HttpExchange exchange, int status, String code, String message) throws IOException {
        ObjectNode body = ResourceJson.mapper().createObjectNode();
        ObjectNode error = body.putObject("error");
        error.put("code", code);
        error.put("message", message);
        error.putArray("details");
        respond(exchange, status, body.toString());
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().add("x-ms-request-id", UUID.randomUUID().toString());
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static String json(Object value) {
        try {
            return ResourceJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    private static void sleep(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // Resource ids are case-insensitive in Azure.
    private static String key(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
