package dev.azsm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@DisplayName("azsm.jar in a child process")
@Timeout(60)
class JarIT {

    record Result(int exit, String out, String err) {
    }

    static Result azsm(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("azsm.jar", "target/azsm.jar"));
        assertThat(jar).exists();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("azsm-out", ".txt");
        Path err = Files.createTempFile("azsm-err", ".txt");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(45, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("azsm " + String.join(" ", args) + " did not end within 45 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    @Test
    @DisplayName("explain: catalogued 0, uncatalogued 0, malformed 2")
    void explain() throws Exception {
        Result known = azsm("explain", "AZSM1024");
        assertThat(known.exit()).isZero();
        assertThat(known.out()).startsWith("AZSM1024  Authorization failure on claiming the target container");
        Result newer = azsm("explain", "AZSM1077");
        assertThat(newer.exit()).isZero();
        assertThat(newer.out()).contains("newer than this version of azsm");
        Result bad = azsm("explain", "AZSM١٠٢٤");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("ARABIC-INDIC DIGIT ONE");
    }

    @Test
    @DisplayName("carries none of the test kit's optional test libraries")
    void noTestLibraries() throws Exception {
        Path jar = Path.of(System.getProperty("azsm.jar", "target/azsm.jar"));
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            assertThat(file.stream().map(java.util.jar.JarEntry::getName))
                    .noneMatch(n -> n.startsWith("org/junit/") || n.startsWith("org/mockito/")
                            || n.startsWith("org/assertj/") || n.startsWith("com/tngtech/"))
                    .anyMatch(n -> n.startsWith("dev/azsm/testkit/FakeStorageMover"));
        }
    }

    @Test
    @DisplayName("watch --embedded: a scenario run with progress and a typed failure at the end, exit 1")
    void watchEmbedded() throws Exception {
        Result r = azsm("watch", "--embedded", "--poll", "PT0.05S");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Running", "Failed: AZSM1023", "TargetAccessException", "status-code#AZSM1023");
        assertThat(r.err()).isEmpty();
    }
}
