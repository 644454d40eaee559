package dev.azsm.client.internal;

import dev.azsm.client.RetryOptions;
import dev.azsm.client.TokenProvider;
import java.net.URI;
import java.time.Duration;

/**
 * The immutable configuration of an HTTP client, copied from the builder.
 *
 * @param endpoint         the base URL
 * @param tokenProvider    where tokens come from
 * @param pollInterval     how often awaitJobRun reads
 * @param apiVersion       the REST api-version
 * @param connectTimeout   the connect timeout
 * @param requestTimeout   the per-request timeout
 * @param retry            the retry options
 * @param maxResponseBytes the largest body read
 */
public record ClientConfig(URI endpoint, TokenProvider tokenProvider, Duration pollInterval, String apiVersion,
        Duration connectTimeout, Duration requestTimeout, RetryOptions retry, int maxResponseBytes) {

    /**
     * Returns the same configuration for another service.
     *
     * @param otherEndpoint the other base URL
     * @param otherTokens   its tokens
     * @return the configuration
     */
    public ClientConfig forService(URI otherEndpoint, TokenProvider otherTokens) {
        return new ClientConfig(otherEndpoint, otherTokens, pollInterval, apiVersion, connectTimeout, requestTimeout, retry,
                maxResponseBytes);
    }
}
