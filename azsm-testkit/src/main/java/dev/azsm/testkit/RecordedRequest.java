package dev.azsm.testkit;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request {@link FakeStorageMover} received, for assertions. The {@code Authorization} header's
 * token is not kept: only whether a bearer token was present.
 *
 * @param method      the HTTP method
 * @param path        the path, decoded
 * @param query       the raw query, or empty
 * @param headers     the first value of each header, lower-case names, {@code authorization} masked
 * @param body        the body
 * @param hadBearer   whether a bearer token was present
 */
public record RecordedRequest(String method, String path, String query, Map<String, String> headers, String body,
        boolean hadBearer) {

    /**
     * Returns one header.
     *
     * @param name the name, any case
     * @return its first value
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }
}
