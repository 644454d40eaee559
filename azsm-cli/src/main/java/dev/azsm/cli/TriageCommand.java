package dev.azsm.cli;

import dev.azsm.client.CopyLogFormat;
import dev.azsm.client.CopyLogReader;
import dev.azsm.client.CopyLogTriage;
import dev.azsm.client.RecordProblem;
import dev.azsm.client.TriageGroup;
import dev.azsm.client.TriageReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code azsm triage FILE}: a copy log's failures grouped by code, with what to do. */
@Command(name = "triage", mixinStandardHelpOptions = true,
        description = {"Summarises a copy log (a CSV export of StorageMoverCopyLogsFailed, JSON Lines, or a Log",
            "Analytics query answer): failures grouped by code with counts, bytes, example paths and remedy,",
            "retryable groups apart from those that need a person, other outcomes counted apart. Records that",
            "cannot be read are skipped and reported with their line."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the log was read (failures or not)", "1:with --fail-on-failures, the log holds failures",
            "2:the file is missing or unreadable, or its header lacks the needed columns"})
final class TriageCommand implements Callable<Integer> {

    @ParentCommand
    private AzsmCommand parent;

    @Parameters(paramLabel = "FILE", description = "The copy log.")
    private Path file;

    @Option(names = "--input", description = "csv, json-lines or log-analytics (default: detected).")
    private InputFormat input;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.table;

    @Option(names = "--fail-on-failures", description = "Exit 1 when the log holds failures.")
    private boolean failOnFailures;

    enum Format { table, json }

    enum InputFormat {
        csv(CopyLogFormat.CSV), json_lines(CopyLogFormat.JSON_LINES), log_analytics(CopyLogFormat.LOG_ANALYTICS);

        final CopyLogFormat format;

        InputFormat(CopyLogFormat format) {
            this.format = format;
        }
    }

    @Override
    public Integer call() {
        Output o = parent.output();
        TriageReport report;
        try (CopyLogReader log = input == null ? CopyLogReader.open(file) : CopyLogReader.open(file, input.format)) {
            report = CopyLogTriage.of(log);
        } catch (NoSuchFileException e) {
            o.error("no such file: " + file + "; expected a copy log (CSV, JSON Lines or a Log Analytics answer)");
            return AzsmCommand.EXIT_USAGE;
        } catch (AccessDeniedException e) {
            o.error("cannot read " + file + ": permission denied");
            return AzsmCommand.EXIT_USAGE;
        } catch (IOException | UncheckedIOException e) {
            o.error("cannot read " + file + ": " + e.getMessage());
            return AzsmCommand.EXIT_USAGE;
        } catch (IllegalArgumentException e) {
            o.error(file + ": " + e.getMessage());
            return AzsmCommand.EXIT_USAGE;
        }
        if (format == Format.json) {
            o.json(json(report));
        } else {
            o.out().print(report.render());
            o.out().flush();
        }
        return failOnFailures && report.totalFailures() > 0 ? AzsmCommand.EXIT_FAILED : AzsmCommand.EXIT_OK;
    }

    /** The stable JSON shape of a report. */
    static Map<String, Object> json(TriageReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("records", report.records());
        json.put("failures", report.totalFailures());
        json.put("failedBytes", report.totalFailedBytes());
        json.put("skipped", report.skipped());
        json.put("outcomes", report.outcomes());
        json.put("groups", report.failures().stream().map(TriageCommand::group).toList());
        json.put("problems", report.problems().stream().map(RecordProblem::toString).toList());
        return json;
    }

    private static Map<String, Object> group(TriageGroup g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", g.code().toString());
        json.put("count", g.count());
        json.put("bytes", g.bytes());
        json.put("message", g.message());
        json.put("remedy", g.remedy().name());
        json.put("retryable", g.isRetryable());
        json.put("recognized", g.recognized());
        json.put("mitigation", g.mitigation());
        json.put("examples", g.examples());
        json.put("rawCodes", g.rawCodes());
        return json;
    }
}
