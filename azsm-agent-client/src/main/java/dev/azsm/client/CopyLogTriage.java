package dev.azsm.client;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.CodeDescription;
import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import dev.azsm.core.ErrorCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;

/**
 * Summarises copy-log records into a {@link TriageReport}: failures grouped by code, outcomes
 * counted apart. Streams: memory grows with the number of distinct codes, not of records.
 *
 * <pre>{@code
 * TriageReport report = log.records().collect(CopyLogTriage.collector());
 * }</pre>
 */
public final class CopyLogTriage {

    /** How many example paths a group keeps. */
    public static final int EXAMPLES = 5;

    private final ErrorCatalog catalog = AzsmErrors.catalog();
    private final Map<AzsmCode, Group> groups = new HashMap<>();
    private final Map<String, Long> outcomes = new LinkedHashMap<>();
    private long records;

    private static final class Group {
        long count;
        long bytes;
        final List<String> examples = new ArrayList<>(EXAMPLES);
        final Map<String, Long> raw = new HashMap<>(2);
    }

    /** Starts an empty summary; not thread-safe. */
    public CopyLogTriage() {
    }

    /**
     * Summarises a whole log, with its problems and skipped count.
     *
     * @param log the log, unread
     * @return the report
     */
    public static TriageReport of(CopyLogReader log) {
        CopyLogTriage triage = new CopyLogTriage();
        log.forEach(triage::add);
        return triage.report(log.skipped(), log.problems());
    }

    /**
     * Returns a collector for record streams (without the reader's problems).
     *
     * @return the collector
     */
    public static Collector<FileFailure, CopyLogTriage, TriageReport> collector() {
        return Collector.of(CopyLogTriage::new, CopyLogTriage::add, CopyLogTriage::merge,
                t -> t.report(0, List.of()));
    }

    /**
     * Adds a record.
     *
     * @param record the record
     */
    public void add(FileFailure record) {
        records++;
        if (!record.isFailure()) {
            outcomes.merge(outcomeOf(record), 1L, Long::sum);
            return;
        }
        Optional<AzsmCode> written = record.code();
        AzsmCode code = written.filter(c -> c.scope() == Scope.FILE && c.block().isFailure())
                .orElse(AzsmErrors.miscellaneousFailure(Scope.FILE));
        Group group = groups.computeIfAbsent(code, c -> new Group());
        group.count++;
        if (record.fileSize() != null) {
            group.bytes += record.fileSize();
        }
        if (group.examples.size() < EXAMPLES) {
            group.examples.add(record.itemPath());
        }
        if (written.isEmpty() || written.get() != code) {
            group.raw.merge(record.statusCode() == null ? "" : record.statusCode(), 1L, Long::sum);
        }
    }

    private static String outcomeOf(FileFailure record) {
        Optional<AzsmCode> code = record.code();
        if (code.isPresent() && code.get().isSuccess()) {
            return "transferred";
        }
        if (code.isPresent() && code.get().scope() == Scope.FILE) {
            return code.get().block().name().orElse(code.get().toString());
        }
        return record.transferResult() == null ? "unknown" : record.transferResult().toLowerCase(Locale.ROOT);
    }

    private CopyLogTriage merge(CopyLogTriage other) {
        records += other.records;
        other.outcomes.forEach((k, v) -> outcomes.merge(k, v, Long::sum));
        other.groups.forEach((code, theirs) -> {
            Group mine = groups.computeIfAbsent(code, c -> new Group());
            mine.count += theirs.count;
            mine.bytes += theirs.bytes;
            theirs.examples.stream().limit(EXAMPLES - mine.examples.size()).forEach(mine.examples::add);
            theirs.raw.forEach((k, v) -> mine.raw.merge(k, v, Long::sum));
        });
        return this;
    }

    /**
     * Returns the report of what was added.
     *
     * @param skipped  how many records the reader skipped
     * @param problems the reader's problems
     * @return the report
     */
    public TriageReport report(long skipped, List<RecordProblem> problems) {
        List<TriageGroup> failures = new ArrayList<>();
        groups.forEach((code, g) -> {
            CodeDescription d = catalog.describe(code);
            failures.add(new TriageGroup(code, g.count, g.bytes, g.examples, d.message(), d.mitigation(), d.remedy(),
                    d.recognized(), g.raw));
        });
        failures.sort(Comparator.comparingLong(TriageGroup::count).reversed().thenComparing(TriageGroup::code));
        return new TriageReport(failures, outcomes, records, skipped, problems);
    }
}
