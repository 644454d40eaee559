package dev.azsm.client;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.Remedy;
import java.util.List;
import java.util.Map;

/**
 * The failed items of one code in a copy log: how many, how many bytes, a few example paths, and
 * what the code means and asks for.
 *
 * @param code       the code the items' exceptions carry ({@code AZSM2080} for malformed codes)
 * @param count      how many items
 * @param bytes      their total size, as far as the log gives sizes
 * @param examples   the first few item paths, as written
 * @param message    the code's message
 * @param mitigation what to do
 * @param remedy     the kind of action
 * @param recognized whether the catalogue knows the code
 * @param rawCodes   the codes as written, when they differ from {@code code} (malformed, other scope), with counts
 */
public record TriageGroup(AzsmCode code, long count, long bytes, List<String> examples, String message,
        String mitigation, Remedy remedy, boolean recognized, Map<String, Long> rawCodes) {

    /**
     * Copies the collections.
     */
    public TriageGroup {
        examples = List.copyOf(examples);
        rawCodes = Map.copyOf(rawCodes);
    }

    /** @return whether running the job again may fix these items */
    public boolean isRetryable() {
        return remedy.isRetryable();
    }
}
