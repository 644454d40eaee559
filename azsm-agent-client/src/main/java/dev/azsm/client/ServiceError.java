package dev.azsm.client;

import org.jspecify.annotations.Nullable;

/**
 * An error or warning as a job run or agent reports it: {@code {code, message, target}}, each as
 * the service sent it. The code is normally an AZSM status code, but is kept verbatim, malformed
 * or missing as it may be.
 *
 * @param code    the code as sent, or null
 * @param message the message as sent, or null
 * @param target  what the error is about, or null
 */
public record ServiceError(@Nullable String code, @Nullable String message, @Nullable String target) {
}
