package dev.azsm.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.azsm.api.internal.Text;
import dev.azsm.client.Agent;
import dev.azsm.client.AgentStatus;
import dev.azsm.client.Counters;
import dev.azsm.client.JobRun;
import dev.azsm.client.JobRunStatus;
import dev.azsm.client.ScanStatus;
import dev.azsm.client.ServiceError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Decodes Storage Mover REST resources from JSON: tolerant of what a newer service adds (unknown
 * properties are kept as raw JSON, unknown enum values as they are), strict and specific about what
 * is wrong (a property of the wrong type is an error that names it). Duplicate keys, nesting deeper
 * than 200 and numbers longer than 100 digits are refused.
 */
public final class ResourceJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(200).maxNumberLength(100).maxStringLength(16 * 1024 * 1024).build());
    }

    private static final Set<String> JOB_RUN_PROPERTIES = Set.of("status", "scanStatus", "agentName",
            "agentResourceId", "executionStartTime", "executionEndTime", "lastStatusUpdate", "scheduledExecutionTime",
            "triggerType", "itemsScanned", "itemsExcluded", "itemsUnsupported", "itemsNoTransferNeeded", "itemsFailed",
            "itemsTransferred", "bytesScanned", "bytesExcluded", "bytesUnsupported", "bytesNoTransferNeeded",
            "bytesFailed", "bytesTransferred", "sourceName", "sourceResourceId", "targetName", "targetResourceId",
            "error", "warnings", "provisioningState");
    private static final Set<String> AGENT_PROPERTIES = Set.of("description", "agentVersion", "arcResourceId",
            "arcVmUuid", "agentStatus", "lastStatusUpdate", "localIPAddress", "memoryInMB", "numberOfCores",
            "uptimeInSeconds", "timeZone", "errorDetails", "provisioningState");

    private ResourceJson() {
    }

    /**
     * Parses a JSON document.
     *
     * @param json the text
     * @return the tree
     * @throws IllegalArgumentException saying what is wrong and where
     */
    public static JsonNode parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("the response body is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the response body is not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr()), e);
        }
    }

    /**
     * Returns the shared mapper, configured as above, for writing JSON.
     *
     * @return the mapper
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Decodes a job run.
     *
     * @param node the resource
     * @return the run
     * @throws IllegalArgumentException naming the property that is wrong
     */
    public static JobRun jobRun(JsonNode node) {
        requireObject(node, "job run");
        JsonNode p = properties(node, "job run");
        String id = required(node, "id", "job run");
        return new JobRun(id, nameOf(node, id), new JobRunStatus(orEmpty(text(p, "status"))),
                new ScanStatus(orEmpty(text(p, "scanStatus"))), text(p, "agentName"), text(p, "agentResourceId"),
                instant(p, "executionStartTime"), instant(p, "executionEndTime"), instant(p, "lastStatusUpdate"),
                instant(p, "scheduledExecutionTime"), text(p, "triggerType"),
                counters(p, "items"), counters(p, "bytes"), text(p, "sourceName"), text(p, "sourceResourceId"),
                text(p, "targetName"), text(p, "targetResourceId"), error(p, "error"), errors(p, "warnings"),
                text(p, "provisioningState"), others(p, JOB_RUN_PROPERTIES));
    }

    /**
     * Decodes an agent.
     *
     * @param node the resource
     * @return the agent
     * @throws IllegalArgumentException naming the property that is wrong
     */
    public static Agent agent(JsonNode node) {
        requireObject(node, "agent");
        JsonNode p = properties(node, "agent");
        String id = required(node, "id", "agent");
        return new Agent(id, nameOf(node, id), new AgentStatus(orEmpty(text(p, "agentStatus"))),
                text(p, "agentVersion"), text(p, "description"), text(p, "arcResourceId"), text(p, "arcVmUuid"),
                instant(p, "lastStatusUpdate"), text(p, "localIPAddress"), number(p, "memoryInMB"),
                number(p, "numberOfCores"), number(p, "uptimeInSeconds"), text(p, "timeZone"),
                error(p, "errorDetails"), text(p, "provisioningState"), others(p, AGENT_PROPERTIES));
    }

    /**
     * Returns a string property, or null when absent or JSON null.
     *
     * @param node the object
     * @param name the property
     * @return the text, or null
     * @throws IllegalArgumentException if the property is not a string
     */
    public static @Nullable String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(name, "a string", value);
        }
        return value.asText();
    }

    /**
     * Returns the elements of a paged list's {@code value} array.
     *
     * @param page the page
     * @return the elements
     * @throws IllegalArgumentException if {@code value} is not an array
     */
    public static List<JsonNode> values(JsonNode page) {
        requireObject(page, "page");
        JsonNode value = page.get("value");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType("value", "an array", value);
        }
        List<JsonNode> out = new ArrayList<>(value.size());
        value.forEach(out::add);
        return out;
    }

    static String required(JsonNode node, String name, String what) {
        String value = text(node, name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the " + what + " has no \"" + name + "\"");
        }
        return value;
    }

    private static void requireObject(JsonNode node, String what) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("the " + what + " is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT) + ", expected an object");
        }
    }

    private static JsonNode properties(JsonNode node, String what) {
        JsonNode p = node.get("properties");
        if (p == null || p.isNull()) {
            return MAPPER.createObjectNode();
        }
        if (!p.isObject()) {
            throw wrongType("properties", "an object", p);
        }
        return p;
    }

    private static String nameOf(JsonNode node, String id) {
        String name = text(node, "name");
        return name != null ? name : id.substring(id.lastIndexOf('/') + 1);
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable Instant instant(JsonNode node, String name) {
        String text = text(node, name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the property \"" + name + "\" is " + Text.quote(text)
                    + ", expected an ISO 8601 date-time such as 2023-07-01T02:21:01.1075056Z", e);
        }
    }

    private static @Nullable Long number(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(name, "a whole number that fits 64 bits", value);
        }
        return value.asLong();
    }

    private static long count(JsonNode node, String name) {
        Long value = number(node, name);
        if (value != null && value < 0) {
            throw new IllegalArgumentException("the property \"" + name + "\" is " + value + ", expected a count >= 0");
        }
        return value == null ? 0 : value;
    }

    private static Counters counters(JsonNode p, String prefix) {
        return new Counters(count(p, prefix + "Scanned"), count(p, prefix + "Excluded"), count(p, prefix + "Unsupported"),
                count(p, prefix + "NoTransferNeeded"), count(p, prefix + "Failed"), count(p, prefix + "Transferred"));
    }

    private static @Nullable ServiceError error(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object {code, message, target}", value);
        }
        return new ServiceError(loose(value, "code"), loose(value, "message"), loose(value, "target"));
    }

    // An error's own fields are kept whatever their JSON type: nothing the service says is lost.
    private static @Nullable String loose(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static List<ServiceError> errors(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array", value);
        }
        List<ServiceError> out = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isObject()) {
                throw wrongType(name + "[]", "an object {code, message, target}", element);
            }
            out.add(new ServiceError(loose(element, "code"), loose(element, "message"), loose(element, "target")));
        }
        return out;
    }

    private static Map<String, String> others(JsonNode p, Set<String> known) {
        Map<String, String> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = p.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!known.contains(field.getKey()) && !field.getValue().isNull()) {
                out.put(field.getKey(), field.getValue().toString());
            }
        }
        return out;
    }

    private static IllegalArgumentException wrongType(String name, String expected, JsonNode value) {
        String shown = value.toString();
        return new IllegalArgumentException("the property \"" + name + "\" is " + Text.quote(shown) + " (a JSON "
                + value.getNodeType().name().toLowerCase(Locale.ROOT) + "), expected " + expected);
    }
}
