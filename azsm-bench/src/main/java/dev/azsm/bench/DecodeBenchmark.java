package dev.azsm.bench;

import dev.azsm.api.AzsmException;
import dev.azsm.client.JobRun;
import dev.azsm.client.internal.ResourceJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decoding a failed job run's JSON into the value and its typed exception, beside a bare Jackson
 * tree parse of the same bytes. Run: {@code java -jar azsm-bench/target/benchmarks.jar DecodeBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class DecodeBenchmark {

    /** A failed run as the service returns it, every property present. */
    public String json = "{\"id\": \"/subscriptions/60bcfc77-6589-4da2-b7fd-f9ec9322cf95/resourceGroups/examples-rg/"
            + "providers/Microsoft.StorageMover/storageMovers/m/projects/p/jobDefinitions/d/jobRuns/r\", \"name\": \"r\","
            + " \"type\": \"Microsoft.StorageMover/storageMovers/projects/jobDefinitions/jobRuns\", \"properties\": {"
            + "\"status\": \"Failed\", \"scanStatus\": \"Completed\", \"agentName\": \"migration-agent\","
            + " \"agentResourceId\": \"/subscriptions/x/agents/migration-agent\", \"executionStartTime\": \"2023-07-01T02:11:01.1075056Z\","
            + " \"executionEndTime\": \"2023-07-01T03:11:01.1075056Z\", \"lastStatusUpdate\": \"2023-07-01T02:21:01.1075056Z\","
            + " \"itemsScanned\": 351, \"itemsExcluded\": 50, \"itemsUnsupported\": 27, \"itemsNoTransferNeeded\": 150,"
            + " \"itemsFailed\": 3, \"itemsTransferred\": 100, \"bytesScanned\": 49951162777600, \"bytesExcluded\": 995116277760,"
            + " \"bytesUnsupported\": 495116277760, \"bytesNoTransferNeeded\": 2995116277760, \"bytesFailed\": 5116277760,"
            + " \"bytesTransferred\": 1995116277760, \"sourceName\": \"sourceEndpoint\", \"sourceResourceId\": \"/s/endpoints/source\","
            + " \"targetName\": \"targetEndpoint\", \"targetResourceId\": \"/s/endpoints/target\", \"sourceProperties\": {},"
            + " \"targetProperties\": {}, \"jobDefinitionProperties\": {}, \"error\": {\"code\": \"AZSM1024\","
            + " \"message\": \"Authorization failure\", \"target\": \"container\"}}}";

    @Benchmark
    public JobRun decodeJobRun() {
        return ResourceJson.jobRun(ResourceJson.parse(json));
    }

    /** Decoding and mapping the failure to its typed exception (with a stack trace, as awaitJobRun throws it). */
    @Benchmark
    public AzsmException decodeJobRunAndException() {
        return ResourceJson.jobRun(ResourceJson.parse(json)).failure().orElseThrow();
    }

    /** Baseline: a bare Jackson tree parse of the same text. */
    @Benchmark
    public Object jacksonTreeOnly() {
        return ResourceJson.parse(json);
    }
}
