package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.Scope;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.AccessDeniedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Hardening of the core")
class HardeningTests {

    static final boolean STRESS = Boolean.getBoolean("azsm.stress");

    /** One operation of the hammer, deterministic for a given input. */
    static String operate(int op, int value, Random random) {
        AzsmCode code = AzsmCode.of(value);
        return switch (op) {
            case 0 -> AzsmCode.parse(code.toString()) == code ? "same" : "DIFFERENT";
            case 1 -> AzsmCode.tryParse("azsm" + value).isPresent() + "";
            case 2 -> ErrorCatalog.defaults().describe(code).message();
            case 3 -> code.block().isFailure() ? AzsmErrors.fromCode(code.toString(), "d").getClass().getSimpleName()
                    : "outcome";
            case 4 -> AzsmErrors.fromReportedCode(Scope.values()[value % 3], "x" + value, null, null, false).code().toString();
            default -> FailureTranslator.defaults().translate(Operation.values()[value % Operation.values().length],
                    value % 2 == 0 ? new AccessDeniedException("p") : new IOException("io"), Map.of()).code().toString();
        };
    }

    @Test
    @Timeout(60)
    @DisplayName("gives identical results from 8 threads at once, canonical instances staying canonical")
    void concurrency() throws Exception {
        int perThread = STRESS ? 200_000 : 20_000;
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> task = () -> {
                    Random random = new Random(42);   // every thread the same sequence
                    List<String> out = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        out.add(operate(random.nextInt(6), random.nextInt(3000), random));
                    }
                    return out;
                };
                results.add(pool.submit(task));
            }
            List<String> first = results.get(0).get(60, TimeUnit.SECONDS);
            assertThat(first).doesNotContain("DIFFERENT");
            for (Future<List<String>> result : results) {
                assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo(first);
            }
            assertThat(CodeBlock.of(AzsmCode.parse("AZSM1024"))).isSameAs(CodeBlock.TARGET);
        } finally {
            pool.shutdownNow();
        }
    }

    static Stream<Method> publicStaticMethods() {
        return Stream.of(AzsmErrors.class, AzsmCode.class, AzsmTry.class, CatalogEntry.class, AzsmLogging.class)
                .flatMap(c -> Stream.of(c.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .filter(m -> Stream.of(m.getParameterTypes()).anyMatch(p -> !p.isPrimitive()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publicStaticMethods")
    @DisplayName("answers null arguments with a clear error or a documented default, never a deep NullPointerException")
    void nulls(Method method) {
        Object[] args = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            args[i] = types[i] == boolean.class ? Boolean.FALSE : types[i] == int.class ? 0 : null;
        }
        Throwable thrown = catchThrowable(() -> {
            try {
                method.invoke(null, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        });
        if (thrown != null) {
            assertThat(thrown).isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class,
                    IllegalStateException.class);
            assertThat(thrown.getMessage()).as("%s says what is wrong", method).isNotBlank()
                    .containsAnyOf("null", "Null", "status code", "is not");
            if (thrown instanceof NullPointerException) {
                assertThat(thrown.getStackTrace()[0].getClassName())
                        .as("the NullPointerException comes from a check at the door, not from deep inside")
                        .isIn("java.util.Objects", method.getDeclaringClass().getName(),
                                "jdk.internal.util.Preconditions");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "AZSM\u00001024", "\u202EAZSM1024", "\u0410ZSM1024", "AZSM\uFF11\uFF10\uFF12\uFF14",
        "\uD800AZSM", "AZSM1024\uDC00", " ", "AZSM 1024", "AZSM\t1024"})
    @DisplayName("answers every hostile code with a clear, printable, one-line error")
    void hostileCodes(String input) {
        Throwable thrown = catchThrowable(() -> AzsmErrors.fromCode(input, "m"));
        assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
        assertThat(thrown.getMessage()).matches("[\\x20-\\x7E]+").startsWith("Invalid Storage Mover status code \"");
        AzsmException reported = AzsmErrors.fromReportedCode(Scope.JOB, input, input, Map.of("item", input), false);
        assertThat(reported.getMessage()).doesNotContain("\u0000", "\u202E", "\n");
        assertThat(reported.toString()).doesNotContain("\u0000", "\u202E", "\n", "\uD800", "\uDC00");
        assertThat(reported.context()).containsEntry("rawCode", input).containsEntry("item", input);
    }
}
