package dev.azsm.client;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Storage Mover agent as the REST API describes it, every property kept.
 *
 * @param id                the agent's resource id
 * @param name              the agent's name
 * @param status            the agent's status
 * @param agentVersion      the agent's version, or null
 * @param description       the description, or null
 * @param arcResourceId     the Azure Arc machine's resource id, or null
 * @param arcVmUuid         the Azure Arc machine's id, or null
 * @param lastStatusUpdate  when the agent last reported, or null
 * @param localIpAddress    the agent's local IP address, or null
 * @param memoryInMb        memory, or null
 * @param numberOfCores     cores, or null
 * @param uptimeInSeconds   uptime, or null
 * @param timeZone          the agent's time zone, or null
 * @param errorDetails      the error the agent reports ({@code {code, message}}), or null
 * @param provisioningState the resource's provisioning state, or null
 * @param otherProperties   every other property as raw JSON text ({@code uploadLimitSchedule}, newer ones)
 */
public record Agent(String id, String name, AgentStatus status, @Nullable String agentVersion,
        @Nullable String description, @Nullable String arcResourceId, @Nullable String arcVmUuid,
        @Nullable Instant lastStatusUpdate, @Nullable String localIpAddress, @Nullable Long memoryInMb,
        @Nullable Long numberOfCores, @Nullable Long uptimeInSeconds, @Nullable String timeZone,
        @Nullable ServiceError errorDetails, @Nullable String provisioningState, Map<String, String> otherProperties) {

    /**
     * Checks the required parts and copies the map.
     *
     * @throws NullPointerException naming the missing part
     */
    public Agent {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(name, "name is null");
        Objects.requireNonNull(status, "status is null");
        otherProperties = Map.copyOf(otherProperties);
    }

    /**
     * Returns whether the agent needs a person: its status is {@code RequiresAttention}, or it
     * reports an error code.
     *
     * @return whether the agent needs attention
     */
    public boolean needsAttention() {
        return status.equals(AgentStatus.REQUIRES_ATTENTION)
                || errorDetails != null && errorDetails.code() != null && !errorDetails.code().isBlank();
    }

    /**
     * Returns the typed exception of the error the agent reports: its code's class (normally an
     * {@code AgentException}), with the agent in the context; a missing or malformed code becomes
     * the agent scope's miscellaneous code with the raw text kept.
     *
     * @return the exception, or empty if the agent does not need attention
     */
    public Optional<AzsmException> failure() {
        if (!needsAttention()) {
            return Optional.empty();
        }
        Map<String, String> context = new LinkedHashMap<>();
        context.put(ContextKeys.AGENT, name);
        context.put("agentId", id);
        if (errorDetails != null && errorDetails.message() != null) {
            context.put(ContextKeys.SERVICE_MESSAGE, errorDetails.message());
        }
        String code = errorDetails == null ? null : errorDetails.code();
        String message = errorDetails == null ? "the agent's status is " + status : errorDetails.message();
        return Optional.of(AzsmErrors.fromReportedCode(Scope.AGENT, code, message, context, true));
    }
}
