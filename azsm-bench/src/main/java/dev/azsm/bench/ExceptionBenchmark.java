package dev.azsm.bench;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.CodeDescription;
import dev.azsm.api.TargetAccessException;
import dev.azsm.core.AzsmErrors;
import dev.azsm.core.ErrorCatalog;
import dev.azsm.core.FileErrors;
import dev.azsm.core.JobErrors;
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
 * Mapping a code to its exception, and creating each kind of exception, with and without a stack
 * trace, beside a plain {@code RuntimeException} with the same message. Run:
 * {@code java -jar azsm-bench/target/benchmarks.jar ExceptionBenchmark -prof gc}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ExceptionBenchmark {

    private final ErrorCatalog catalog = ErrorCatalog.defaults();
    private final AzsmCode catalogued = AzsmCode.parse("AZSM1024");
    private final AzsmCode uncatalogued = AzsmCode.parse("AZSM1077");
    private final CodeDescription description = catalog.describe(catalogued);
    private final String message = "AZSM1024 Authorization failure on claiming the target container: 403 on c1";
    public String code = "AZSM1024";
    public String detail = "403 on c1";

    /** Mapping a catalogued code, no stack trace: the cost of decoding per item. */
    @Benchmark
    public AzsmException mapCataloguedNoStackTrace() {
        return catalog.newException(AzsmCode.parse(code), detail, null, null, false);
    }

    @Benchmark
    public AzsmException mapUncataloguedNoStackTrace() {
        return catalog.newException(uncatalogued, detail, null, null, false);
    }

    /** AzsmErrors.fromCode: parse, look up, create with a stack trace. */
    @Benchmark
    public AzsmException fromCodeWithStackTrace() {
        return AzsmErrors.fromCode(code, detail);
    }

    /** Constructing a typed exception directly, like for like with the plain RuntimeException below. */
    @Benchmark
    public AzsmException constructTypedWithStackTrace() {
        return new TargetAccessException(description, detail);
    }

    /** Baseline for the ones above: a plain RuntimeException with the same message. */
    @Benchmark
    public RuntimeException plainRuntimeExceptionWithStackTrace() {
        return new RuntimeException(message);
    }

    @Benchmark
    public RuntimeException plainRuntimeExceptionNoStackTrace() {
        return new RuntimeException(message, null, false, false) { };
    }

    /** The message is built lazily; this forces it, as logging would. */
    @Benchmark
    public String mapCataloguedAndRenderMessage() {
        return catalog.newException(catalogued, detail, null, null, false).getMessage();
    }

    @Benchmark
    public AzsmException factoryTargetAccess() {
        return JobErrors.targetAuthorizationFailed("c1", null);
    }

    @Benchmark
    public AzsmException factorySourceAccess() {
        return JobErrors.sourceMountFailed("//nas/share", null);
    }

    @Benchmark
    public AzsmException factoryJobExecution() {
        return JobErrors.jobAborted("run-1", null);
    }

    @Benchmark
    public AzsmException factoryFileTransfer() {
        return FileErrors.sourcePermissionDenied("dir/a.txt", null);
    }

    @Benchmark
    public AzsmException factoryFileUnsupported() {
        return FileErrors.pathTooLong("dir/a.txt", null);
    }
}
