package dev.azsm.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.azsm.client.CopyLogFormat;
import dev.azsm.client.CopyLogReader;
import dev.azsm.client.CopyLogTriage;
import dev.azsm.client.TriageReport;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Copy-log triage throughput on one thread, in records per second, for CSV and JSON Lines, beside a
 * bare Jackson streaming parse of the same JSON Lines. Run:
 * {@code java -jar azsm-bench/target/benchmarks.jar TriageBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class TriageBenchmark {

    static final int RECORDS = 100_000;
    static final String[] CODES = {"AZSM2062", "AZSM2063", "AZSM2065", "AZSM2026", "AZSM2071", "AZSM2001", "AZSM0000"};
    static final String[] RESULTS = {"Failed", "Failed", "Failed", "Unsupported", "Failed", "Excluded", "Transferred"};

    private String csv;
    private String jsonLines;
    private final JsonFactory json = new JsonFactory();

    @Setup(Level.Trial)
    public void generate() {
        StringBuilder c = new StringBuilder("TimeGenerated,JobRunName,ItemPath,ItemType,FileSize,TransferResult,StatusCode,Details\n");
        StringBuilder j = new StringBuilder();
        for (int i = 0; i < RECORDS; i++) {
            int k = i % CODES.length;
            c.append("2026-12-04T10:00:00Z,run-1,data/dir").append(i % 97).append("/file").append(i).append(".bin,F,")
                    .append(i % 4096).append(',').append(RESULTS[k]).append(',').append(CODES[k]).append(",details\n");
            j.append("{\"TimeGenerated\":\"2026-12-04T10:00:00Z\",\"JobRunName\":\"run-1\",\"ItemPath\":\"data/dir")
                    .append(i % 97).append("/file").append(i).append(".bin\",\"ItemType\":\"F\",\"FileSize\":").append(i % 4096)
                    .append(",\"TransferResult\":\"").append(RESULTS[k]).append("\",\"StatusCode\":\"").append(CODES[k])
                    .append("\",\"Details\":\"details\"}\n");
        }
        csv = c.toString();
        jsonLines = j.toString();
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public TriageReport csvTriage() throws IOException {
        try (CopyLogReader log = CopyLogReader.of(new StringReader(csv), CopyLogFormat.CSV)) {
            return CopyLogTriage.of(log);
        }
    }

    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public TriageReport jsonLinesTriage() throws IOException {
        try (CopyLogReader log = CopyLogReader.of(new StringReader(jsonLines), CopyLogFormat.JSON_LINES)) {
            return CopyLogTriage.of(log);
        }
    }

    /** Baseline: Jackson's streaming parser over the same lines, touching every token, one parser per line. */
    @Benchmark
    @OperationsPerInvocation(RECORDS)
    public long jacksonStreamingOnly() throws IOException {
        long tokens = 0;
        try (BufferedReader lines = new BufferedReader(new StringReader(jsonLines))) {
            String line;
            while ((line = lines.readLine()) != null) {
                try (JsonParser p = json.createParser(line)) {
                    while (p.nextToken() != null) {
                        if (p.currentToken() == JsonToken.VALUE_STRING) {
                            tokens += p.getTextLength();
                        } else {
                            tokens++;
                        }
                    }
                }
            }
        }
        return tokens;
    }
}
