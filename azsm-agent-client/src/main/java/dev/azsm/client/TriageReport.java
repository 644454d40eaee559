package dev.azsm.client;

import dev.azsm.api.CodeBlock;
import dev.azsm.api.internal.Text;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A summary of a copy log: failures grouped by code (most frequent first), non-failure outcomes
 * counted apart, and what could not be read.
 *
 * <pre>{@code
 * TriageReport report = CopyLogTriage.of(log);
 * report.retryable();      // groups that running the job again may fix
 * report.needPerson();     // groups that need a person first
 * log.info("Copy-log triage:\n{}", report.render());
 * }</pre>
 *
 * @param failures the failure groups, most items first
 * @param outcomes counts of non-failure outcomes: {@code transferred}, {@code excluded},
 *                 {@code no copy necessary} (and other transfer results as written)
 * @param records  how many records were read
 * @param skipped  how many records were skipped
 * @param problems the problems met (the first ones), each with its line
 */
public record TriageReport(List<TriageGroup> failures, Map<String, Long> outcomes, long records, long skipped,
        List<RecordProblem> problems) {

    /**
     * Copies the collections.
     */
    public TriageReport {
        failures = List.copyOf(failures);
        outcomes = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        problems = List.copyOf(problems);
    }

    /** @return how many items failed */
    public long totalFailures() {
        return failures.stream().mapToLong(TriageGroup::count).sum();
    }

    /** @return the total size of the failed items */
    public long totalFailedBytes() {
        return failures.stream().mapToLong(TriageGroup::bytes).sum();
    }

    /** @return the groups that running the job again may fix */
    public List<TriageGroup> retryable() {
        return failures.stream().filter(TriageGroup::isRetryable).toList();
    }

    /** @return the groups that need a person first */
    public List<TriageGroup> needPerson() {
        return failures.stream().filter(g -> !g.isRetryable()).toList();
    }

    /**
     * Returns the failure groups by block, for functional code.
     *
     * @return the groups of each block, blocks in code order
     */
    public io.vavr.collection.Map<CodeBlock, Seq<TriageGroup>> byBlock() {
        return Vector.ofAll(failures).sortBy(g -> g.code().value())
                .foldLeft(LinkedHashMap.<CodeBlock, Seq<TriageGroup>>empty(), (map, g) ->
                        map.put(g.code().block(), map.get(g.code().block()).getOrElse(Vector.empty()).append(g)));
    }

    /**
     * Renders the report as plain text: a summary line, then one line per code with the code and
     * its count, its message and remedy, and example paths (escaped) below.
     *
     * @return the text, ending in a new line
     */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%,d failed items in %d codes (%s) of %,d records", totalFailures(), failures.size(),
                bytes(totalFailedBytes()), records));
        outcomes.forEach((kind, count) -> out.append(String.format("; %,d %s", count, kind)));
        if (skipped > 0) {
            out.append(String.format("; %,d records skipped", skipped));
        }
        out.append('\n');
        for (TriageGroup g : failures) {
            out.append(String.format("%s %,9d  %-60s %s%n", g.code(), g.count(), g.message(),
                    g.isRetryable() ? "retry" : g.remedy().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + " (needs a person)"));
            if (!g.examples().isEmpty()) {
                out.append("           e.g. ").append(String.join(", ", g.examples().stream().map(Text::escape).toList()))
                        .append('\n');
            }
        }
        for (RecordProblem p : problems) {
            out.append("  ").append(Text.escape(p.toString())).append('\n');
        }
        return out.toString();
    }

    private static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format("%.1f %s", value, Objects.requireNonNull(units[unit]));
    }
}
