package dev.azsm.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A bearer token for the Storage Mover REST API and the instant it expires.
 *
 * <p>{@link #toString()} never shows the token.
 *
 * @param token     the bearer token, without the {@code Bearer } prefix
 * @param expiresAt when the token stops being valid
 */
public record AccessToken(String token, Instant expiresAt) {

    /**
     * Checks the token and expiry are present.
     *
     * @throws NullPointerException naming the missing part
     * @throws IllegalArgumentException if the token is blank
     */
    public AccessToken {
        Objects.requireNonNull(token, "token is null");
        Objects.requireNonNull(expiresAt, "expiresAt is null");
        if (token.isBlank()) {
            throw new IllegalArgumentException("The access token is blank: expected a bearer token");
        }
    }

    /**
     * Returns whether the token has expired at the given instant, or will within the margin.
     *
     * @param now    the current instant
     * @param margin how long before expiry to treat the token as expired
     * @return whether a new token is needed
     */
    public boolean expiresWithin(Instant now, Duration margin) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    /**
     * Returns a description that hides the token.
     *
     * @return {@code AccessToken[token=***, expiresAt=...]}
     */
    @Override
    public String toString() {
        return "AccessToken[token=***, expiresAt=" + expiresAt + "]";
    }
}
