package dev.azsm.cli;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.azsm.client.AccessToken;
import dev.azsm.client.TokenProvider;
import java.time.Instant;
import java.util.Map;

/**
 * Tokens for Azure Resource Manager: {@code AZSM_ACCESS_TOKEN} when set (taken as valid for an
 * hour), else azure-identity's {@code DefaultAzureCredential} (environment, workload and managed
 * identity, Azure CLI, Azure PowerShell, ...), created on first use.
 */
final class AzureTokens implements TokenProvider {

    static final String SCOPE = "https://management.azure.com/.default";

    private final Map<String, String> env;
    private TokenCredential credential;

    AzureTokens(Map<String, String> env) {
        this.env = env;
    }

    @Override
    public synchronized AccessToken getToken() {
        String fromEnv = env.get("AZSM_ACCESS_TOKEN");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new AccessToken(fromEnv.strip(), Instant.now().plusSeconds(3600));
        }
        if (credential == null) {
            credential = new DefaultAzureCredentialBuilder().build();
        }
        try {
            com.azure.core.credential.AccessToken token = credential.getTokenSync(new TokenRequestContext().addScopes(SCOPE));
            return new AccessToken(token.getToken(), token.getExpiresAt().toInstant());
        } catch (RuntimeException e) {
            throw new IllegalStateException("No Azure token: DefaultAzureCredential found no credential (sign in with"
                    + " `az login`, use a managed identity, or set AZSM_ACCESS_TOKEN): " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
