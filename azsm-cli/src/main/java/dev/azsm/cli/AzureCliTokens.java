package dev.azsm.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.azsm.client.AccessToken;
import dev.azsm.client.TokenProvider;
import dev.azsm.client.internal.ResourceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.TimeUnit;

/**
 * Tokens for Azure Resource Manager: {@code AZSM_ACCESS_TOKEN} if set (valid for an hour), else the
 * Azure CLI's {@code az account get-access-token} (run {@code az login} first).
 */
final class AzureCliTokens implements TokenProvider {

    private final java.util.Map<String, String> env;

    AzureCliTokens(java.util.Map<String, String> env) {
        this.env = env;
    }

    @Override
    public AccessToken getToken() {
        String fromEnv = env.get("AZSM_ACCESS_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AccessToken(fromEnv.strip(), Instant.now().plusSeconds(3600));
        }
        try {
            Process az = new ProcessBuilder("az", "account", "get-access-token", "--resource",
                    "https://management.azure.com/", "--output", "json").redirectErrorStream(false).start();
            String out = new String(az.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!az.waitFor(60, TimeUnit.SECONDS) || az.exitValue() != 0) {
                throw new IllegalStateException("`az account get-access-token` failed (exit " + az.exitValue()
                        + "); run `az login`, or set AZSM_ACCESS_TOKEN");
            }
            JsonNode token = ResourceJson.parse(out);
            String expires = ResourceJson.text(token, "expiresOn");
            Instant expiry = expires == null ? Instant.now().plusSeconds(300)
                    : OffsetDateTime.parse(expires.replace(' ', 'T') + (expires.endsWith("Z") ? "" : "Z")).toInstant();
            return new AccessToken(ResourceJson.text(token, "accessToken"), expiry);
        } catch (IOException e) {
            throw new IllegalStateException("No token: the Azure CLI (az) is not installed and AZSM_ACCESS_TOKEN is not"
                    + " set; install the Azure CLI and run `az login`, or set AZSM_ACCESS_TOKEN", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while asking the Azure CLI for a token", e);
        }
    }
}
