package dev.azsm.client;

/**
 * Supplies bearer tokens for the Storage Mover REST API. The client asks again when the token it
 * holds is about to expire.
 *
 * <p>With {@code azure-identity} (not a dependency of azsm), one line plugs in
 * {@code DefaultAzureCredential}:
 *
 * <pre>{@code
 * TokenCredential credential = new DefaultAzureCredentialBuilder().build();
 * TokenProvider tokens = () -> {
 *     com.azure.core.credential.AccessToken t = credential.getTokenSync(
 *             new TokenRequestContext().addScopes("https://management.azure.com/.default"));
 *     return new AccessToken(t.getToken(), t.getExpiresAt().toInstant());
 * };
 * }</pre>
 */
@FunctionalInterface
public interface TokenProvider {

    /**
     * Returns a valid token.
     *
     * @return the token and its expiry, never null
     */
    AccessToken getToken();
}
