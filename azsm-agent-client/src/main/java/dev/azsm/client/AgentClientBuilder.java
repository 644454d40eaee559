package dev.azsm.client;

import dev.azsm.api.internal.Text;
import dev.azsm.client.internal.ClientConfig;
import dev.azsm.client.internal.HttpAgentClient;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Configures an {@link AgentClient} over HTTP. Not thread-safe; {@link #build()} copies the
 * configuration, so a builder can make several clients.
 *
 * <p>Only {@link #tokenProvider(TokenProvider)} is required. Defaults: the public Resource Manager
 * endpoint {@value #DEFAULT_ENDPOINT}, api-version {@value #DEFAULT_API_VERSION}, polling every 5 s,
 * connect timeout 10 s, request timeout 60 s (Resource Manager gives services 60 s), responses up to
 * 16 MiB, and {@link RetryOptions#DEFAULTS}.
 */
public final class AgentClientBuilder {

    /** The public Azure Resource Manager endpoint. */
    public static final String DEFAULT_ENDPOINT = "https://management.azure.com";
    /** The public Log Analytics query endpoint, for copy logs. */
    public static final String DEFAULT_LOG_ANALYTICS_ENDPOINT = "https://api.loganalytics.io";
    /** The Storage Mover REST api-version used unless another is set. */
    public static final String DEFAULT_API_VERSION = "2025-07-01";

    private URI endpoint = URI.create(DEFAULT_ENDPOINT);
    private @Nullable TokenProvider tokenProvider;
    private Duration pollInterval = Duration.ofSeconds(5);
    private String apiVersion = DEFAULT_API_VERSION;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private RetryOptions retry = RetryOptions.DEFAULTS;
    private int maxResponseBytes = 16 * 1024 * 1024;
    private URI logAnalyticsEndpoint = URI.create(DEFAULT_LOG_ANALYTICS_ENDPOINT);
    private @Nullable TokenProvider logAnalyticsTokens;

    AgentClientBuilder() {
    }

    /**
     * Sets the service's base URL.
     *
     * @param endpoint an absolute http or https URL without query, such as {@code http://127.0.0.1:8080}
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public AgentClientBuilder endpoint(URI endpoint) {
        this.endpoint = checkedEndpoint(endpoint);
        return this;
    }

    private static URI checkedEndpoint(URI endpoint) {
        Objects.requireNonNull(endpoint, "endpoint is null");
        String scheme = endpoint.getScheme();
        if (!endpoint.isAbsolute() || endpoint.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))
                || endpoint.getQuery() != null || endpoint.getFragment() != null) {
            throw new IllegalArgumentException("The endpoint " + Text.quote(endpoint.toString())
                    + " is not an absolute http or https URL without query, such as https://management.azure.com");
        }
        return endpoint;
    }

    /**
     * Sets the Log Analytics query endpoint, used by {@link AgentClient#queryFailedCopyLogs}.
     *
     * @param endpoint an absolute http or https URL without query (default {@value #DEFAULT_LOG_ANALYTICS_ENDPOINT})
     * @return this builder
     */
    public AgentClientBuilder logAnalyticsEndpoint(URI endpoint) {
        this.logAnalyticsEndpoint = checkedEndpoint(endpoint);
        return this;
    }

    /**
     * Sets where tokens for Log Analytics come from (their audience is
     * {@code https://api.loganalytics.io}); by default the {@link #tokenProvider(TokenProvider)}.
     *
     * @param tokens the provider
     * @return this builder
     */
    public AgentClientBuilder logAnalyticsTokenProvider(TokenProvider tokens) {
        this.logAnalyticsTokens = Objects.requireNonNull(tokens, "tokens is null");
        return this;
    }

    /**
     * Sets where bearer tokens come from (required).
     *
     * @param tokenProvider the provider
     * @return this builder
     */
    public AgentClientBuilder tokenProvider(TokenProvider tokenProvider) {
        this.tokenProvider = Objects.requireNonNull(tokenProvider, "tokenProvider is null");
        return this;
    }

    /**
     * Sets how often {@code awaitJobRun} reads the run.
     *
     * @param pollInterval a positive duration
     * @return this builder
     */
    public AgentClientBuilder pollInterval(Duration pollInterval) {
        this.pollInterval = positive(pollInterval, "pollInterval");
        return this;
    }

    /**
     * Sets the Storage Mover REST api-version.
     *
     * @param apiVersion such as {@code 2025-07-01}
     * @return this builder
     */
    public AgentClientBuilder apiVersion(String apiVersion) {
        Objects.requireNonNull(apiVersion, "apiVersion is null");
        if (!apiVersion.matches("\\d{4}-\\d{2}-\\d{2}(-preview)?")) {
            throw new IllegalArgumentException("The api-version " + Text.quote(apiVersion)
                    + " is not of the form yyyy-mm-dd (or yyyy-mm-dd-preview), such as 2025-07-01");
        }
        this.apiVersion = apiVersion;
        return this;
    }

    /**
     * Sets how long opening a connection may take.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public AgentClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return this;
    }

    /**
     * Sets how long one request may take until its answer is complete.
     *
     * @param requestTimeout a positive duration
     * @return this builder
     */
    public AgentClientBuilder requestTimeout(Duration requestTimeout) {
        this.requestTimeout = positive(requestTimeout, "requestTimeout");
        return this;
    }

    /**
     * Sets how requests are retried.
     *
     * @param retry the options; {@link RetryOptions#NONE} for none
     * @return this builder
     */
    public AgentClientBuilder retry(RetryOptions retry) {
        this.retry = Objects.requireNonNull(retry, "retry is null");
        return this;
    }

    /**
     * Sets the largest response body the client reads; a larger one is a malformed response.
     *
     * @param maxResponseBytes 1 KiB .. 1 GiB
     * @return this builder
     */
    public AgentClientBuilder maxResponseBytes(int maxResponseBytes) {
        if (maxResponseBytes < 1024 || maxResponseBytes > (1 << 30)) {
            throw new IllegalArgumentException("maxResponseBytes is " + maxResponseBytes + ", expected 1024..1073741824");
        }
        this.maxResponseBytes = maxResponseBytes;
        return this;
    }

    /**
     * Builds the client.
     *
     * @return a thread-safe client; close it when done
     * @throws IllegalStateException if no token provider is set
     */
    public AgentClient build() {
        if (tokenProvider == null) {
            throw new IllegalStateException("An AgentClient needs a tokenProvider: set one with"
                    + " AgentClient.builder().tokenProvider(...), for example from azure-identity's DefaultAzureCredential");
        }
        ClientConfig config = new ClientConfig(endpoint, tokenProvider, pollInterval, apiVersion, connectTimeout,
                requestTimeout, retry, maxResponseBytes);
        return new HttpAgentClient(config, config.forService(logAnalyticsEndpoint,
                logAnalyticsTokens != null ? logAnalyticsTokens : tokenProvider));
    }

    private static Duration positive(Duration value, String name) {
        Objects.requireNonNull(value, name + " is null");
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, but is " + value);
        }
        return value;
    }
}
