package dev.azsm.api;

import java.net.URI;
import java.util.Objects;

/**
 * What is known about one status code: its message, what to do about it and where it is
 * documented. The catalogue in {@code azsm-core} holds one per catalogued code and derives one
 * for any other well-formed code ({@code recognized == false}).
 *
 * @param code          the code
 * @param recognized    whether the code is catalogued; false for a code newer than this SDK
 * @param message       the short message, such as {@code "Lease expired for this agent on the target container"}
 * @param mitigation    what a person should do, in a sentence or a few
 * @param documentation the public documentation of the code
 * @param remedy        the kind of action the mitigation asks for
 */
public record CodeDescription(
        AzsmCode code, boolean recognized, String message, String mitigation, URI documentation, Remedy remedy) {

    /**
     * Checks that every component is present.
     *
     * @throws NullPointerException naming the missing component
     * @throws IllegalArgumentException if the message is blank
     */
    public CodeDescription {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(message, "message is null");
        Objects.requireNonNull(mitigation, "mitigation is null");
        Objects.requireNonNull(documentation, "documentation is null");
        Objects.requireNonNull(remedy, "remedy is null");
        if (message.isBlank()) {
            throw new IllegalArgumentException("The message of " + code + " is blank: every code needs a message");
        }
    }
}
