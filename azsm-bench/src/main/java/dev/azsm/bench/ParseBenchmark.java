package dev.azsm.bench;

import dev.azsm.api.AzsmCode;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code AzsmCode.parse} beside a precompiled regular expression and {@code Integer.parseInt} on the
 * same strings. Run: {@code java -jar azsm-bench/target/benchmarks.jar ParseBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ParseBenchmark {

    private static final Pattern CODE = Pattern.compile("AZSM[0-2][0-9]{3}");

    /** A catalogued code and one this SDK does not know. */
    @Param({"AZSM1024", "AZSM1077"})
    public String text;

    @Benchmark
    public AzsmCode azsmParse() {
        return AzsmCode.parse(text);
    }

    @Benchmark
    public boolean azsmTryParse() {
        return AzsmCode.tryParse(text).isPresent();
    }

    /** Baseline: a precompiled Pattern match, then the lookup of the canonical code. */
    @Benchmark
    public AzsmCode regexMatch() {
        if (!CODE.matcher(text).matches()) {
            throw new IllegalArgumentException(text);
        }
        return AzsmCode.of((text.charAt(4) - '0') * 1000 + Integer.parseInt(text, 5, 8, 10));
    }

    /** Baseline: the naive substring parse (allocates, and wrongly accepts "AZSM+123"). */
    @Benchmark
    public int naiveSubstring() {
        return Integer.parseInt(text.substring(4));
    }
}
