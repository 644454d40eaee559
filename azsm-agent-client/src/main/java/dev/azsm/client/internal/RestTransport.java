package dev.azsm.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azsm.api.internal.Text;
import dev.azsm.client.AccessToken;
import dev.azsm.client.StorageMoverServiceException.Kind;
import dev.azsm.client.StorageMoverServiceException;
import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import dev.failsafe.RetryPolicyBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one REST call with a bearer token, retries it as {@link dev.azsm.client.RetryOptions}
 * documents, bounds what it reads, and turns error answers into
 * {@link StorageMoverServiceException}s. Thread-safe.
 */
public final class RestTransport implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestTransport.class);
    private static final Set<Integer> RETRYABLE_STATUS = Set.of(408, 429, 500, 502, 503, 504);
    private static final Duration TOKEN_MARGIN = Duration.ofMinutes(2);
    /** azsm's version, such as {@code 0.1.0}. */
    public static final String VERSION = version();
    /** The User-Agent azsm sends. */
    public static final String USER_AGENT = "azsm/" + VERSION + " (Java " + Runtime.version().feature() + ")";

    /** A response: status, body and the headers azsm keeps. */
    record Response(int status, String body, @Nullable String requestId, @Nullable String correlationId,
            @Nullable String retryAfter) {
    }

    private final ClientConfig config;
    private final ExecutorService executor;
    private final HttpClient http;
    private final Clock clock = Clock.systemUTC();
    private @Nullable AccessToken token;

    /**
     * Creates the transport and its threads.
     *
     * @param config the configuration
     */
    public RestTransport(ClientConfig config) {
        this.config = config;
        AtomicInteger threads = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "azsm-http-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).executor(executor)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * GETs a resource: retried on 408, 429, 5xx (but 501, 505), timeouts and broken connections.
     *
     * @param uri       the URL
     * @param operation what is being done, for messages
     * @return the JSON body
     */
    public JsonNode get(URI uri, String operation) {
        return json(call("GET", uri, operation, null, true), operation);
    }

    /**
     * POSTs an action: retried only where the service cannot have acted on it.
     *
     * @param uri       the URL
     * @param operation what is being done, for messages
     * @return the JSON body
     */
    public JsonNode post(URI uri, String operation) {
        return json(call("POST", uri, operation, "{}", false), operation);
    }

    /**
     * POSTs a read-only query and returns the answer's text (retried like a GET).
     *
     * @param uri       the URL
     * @param operation what is being done, for messages
     * @param body      the JSON body
     * @return the body of the answer
     */
    public String query(URI uri, String operation, String body) {
        return call("POST", uri, operation, body, true).body();
    }

    private Response call(String method, URI uri, String operation, @Nullable String body, boolean idempotent) {
        RetryPolicyBuilder<Response> builder = RetryPolicy.<Response>builder()
                .handleResultIf(r -> idempotent ? RETRYABLE_STATUS.contains(r.status()) : r.status() == 429)
                .handleIf(e -> idempotent ? e instanceof IOException : isNotSent(e));
        if (config.retry().initialDelay().compareTo(config.retry().maxDelay()) < 0) {
            builder = builder.withBackoff(config.retry().initialDelay(), config.retry().maxDelay()).withJitter(0.2);
        } else {
            builder = builder.withDelay(config.retry().initialDelay());
        }
        RetryPolicy<Response> policy = builder
                .withDelayFn(ctx -> retryAfter(ctx.getLastResult()))
                .withMaxRetries(config.retry().maxRetries())
                .withMaxDuration(config.retry().maxElapsed())
                .onRetry(e -> LOG.debug("Retrying {} {} (attempt {}): {}", method, Text.escape(uri.toString()),
                        e.getAttemptCount() + 1, e.getLastException() != null ? e.getLastException().toString()
                                : "HTTP " + e.getLastResult().status()))
                .build();
        Response response;
        try {
            response = Failsafe.with(policy).get(() -> exchange(method, uri, operation, body));
        } catch (FailsafeException e) {
            throw unreachable(operation, e.getCause() == null ? e : e.getCause());
        } catch (StorageMoverServiceException e) {
            throw e;
        }
        if (response.status() >= 300) {
            throw errorOf(operation, response);
        }
        return response;
    }

    private static JsonNode json(Response response, String operation) {
        try {
            return ResourceJson.parse(response.body());
        } catch (IllegalArgumentException e) {
            throw new StorageMoverServiceException(Kind.MALFORMED_RESPONSE, operation, response.status(), null,
                    e.getMessage(), null, response.requestId(), response.correlationId(), response.body(), e);
        }
    }

    private Response exchange(String method, URI uri, String operation, @Nullable String body)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, body != null ? HttpRequest.BodyPublishers.ofString(body)
                        : HttpRequest.BodyPublishers.noBody())
                .timeout(config.requestTimeout())
                .header("Authorization", "Bearer " + bearer())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("User-Agent", USER_AGENT)
                .header("x-ms-client-request-id", UUID.randomUUID().toString())
                .build();
        HttpResponse<InputStream> answer = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        String text;
        try (InputStream in = answer.body()) {
            byte[] bytes = in.readNBytes(config.maxResponseBytes() + 1);
            if (bytes.length > config.maxResponseBytes()) {
                throw new StorageMoverServiceException(Kind.MALFORMED_RESPONSE, operation, answer.statusCode(), null,
                        "the response body is larger than " + config.maxResponseBytes() + " bytes", null,
                        header(answer, "x-ms-request-id"), header(answer, "x-ms-correlation-request-id"), null, null);
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        }
        return new Response(answer.statusCode(), text, header(answer, "x-ms-request-id"),
                header(answer, "x-ms-correlation-request-id"), header(answer, "Retry-After"));
    }

    private synchronized String bearer() {
        AccessToken current = token;
        if (current == null || current.expiresWithin(clock.instant(), TOKEN_MARGIN)) {
            current = config.tokenProvider().getToken();
            if (current == null) {
                throw new IllegalStateException("The TokenProvider returned null; it must return an AccessToken");
            }
            token = current;
        }
        return current.token();
    }

    // A POST may be retried only when the request cannot have left this machine.
    private static boolean isNotSent(Throwable e) {
        return e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
    }

    // A negative delay tells Failsafe to use the backoff; null is not allowed.
    private static final Duration USE_BACKOFF = Duration.ofNanos(-1);

    private Duration retryAfter(@Nullable Response last) {
        if (last == null || last.retryAfter() == null) {
            return USE_BACKOFF;
        }
        String value = last.retryAfter().strip();
        Duration delay;
        try {
            delay = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException notSeconds) {
            try {
                delay = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (RuntimeException notDate) {
                return USE_BACKOFF;
            }
        }
        if (delay.isNegative()) {
            return Duration.ZERO;
        }
        return delay.compareTo(config.retry().maxDelay()) > 0 ? config.retry().maxDelay() : delay;
    }

    private static StorageMoverServiceException errorOf(String operation, Response response) {
        String code = null;
        String message = null;
        String target = null;
        try {
            JsonNode error = ResourceJson.parse(response.body()).path("error");
            code = ResourceJson.text(error, "code");
            message = ResourceJson.text(error, "message");
            target = ResourceJson.text(error, "target");
        } catch (RuntimeException notJson) {
            message = response.body().isBlank() ? null : "the error body is not a Resource Manager error";
        }
        return new StorageMoverServiceException(Kind.ofStatus(response.status()), operation, response.status(), code,
                message, target, response.requestId(), response.correlationId(), response.body(), null);
    }

    private static RuntimeException unreachable(String operation, Throwable cause) {
        if (cause instanceof StorageMoverServiceException e) {
            return e;
        }
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new CancellationException("Interrupted during " + operation);
        }
        Kind kind = cause instanceof HttpTimeoutException ? Kind.TIMEOUT : Kind.CONNECTION;
        return new StorageMoverServiceException(kind, operation, 0, null, cause.toString(), null, null, null, null, cause);
    }

    private static @Nullable String header(HttpResponse<?> response, String name) {
        Optional<String> value = response.headers().firstValue(name);
        return value.orElse(null);
    }

    private static String version() {
        try (InputStream in = RestTransport.class.getResourceAsStream("/dev/azsm/client/azsm-client.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "dev");
            return v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            return "dev";
        }
    }

    /**
     * Returns the base URL.
     *
     * @return the endpoint
     */
    public URI endpoint() {
        return config.endpoint();
    }

    /**
     * Stops the client's threads and waits up to 5 s for them.
     */
    @Override
    public void close() {
        if (http instanceof AutoCloseable closeable) {
            // Java 21 and newer: HttpClient is closeable and then stops its selector thread at once.
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.debug("Closing the HttpClient failed", e);
            }
        }
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
