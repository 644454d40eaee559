package dev.azsm.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An error in the shape of the Azure Resource Manager error response body
 * ({@code {"error": {code, message, target, details, additionalInfo}}}), as plain Java values;
 * the client module renders it as JSON.
 *
 * @param code           the status code, such as {@code "AZSM1024"}
 * @param message        the human-readable message
 * @param target         what the error is about, or null
 * @param details        nested errors (an azsm cause)
 * @param additionalInfo additional information; azsm adds one entry of type {@value #AZSM_INFO_TYPE}
 */
public record ErrorPayload(String code, String message, @Nullable String target, List<ErrorPayload> details,
        List<AdditionalInfo> additionalInfo) {

    /** The {@code type} of the additional info that azsm writes. */
    public static final String AZSM_INFO_TYPE = "AzsmDetails";

    /**
     * Checks the required parts and copies the lists.
     *
     * @throws NullPointerException naming the missing part
     */
    public ErrorPayload {
        Objects.requireNonNull(code, "code is null");
        Objects.requireNonNull(message, "message is null");
        details = List.copyOf(Objects.requireNonNull(details, "details is null"));
        additionalInfo = List.copyOf(Objects.requireNonNull(additionalInfo, "additionalInfo is null"));
    }

    /**
     * One entry of {@code additionalInfo}.
     *
     * @param type the kind of information
     * @param info the information: strings, booleans and maps of strings
     */
    public record AdditionalInfo(String type, Map<String, Object> info) {

        /**
         * Checks and copies.
         *
         * @throws NullPointerException naming the missing part
         */
        public AdditionalInfo {
            Objects.requireNonNull(type, "type is null");
            info = Map.copyOf(Objects.requireNonNull(info, "info is null"));
        }
    }
}
