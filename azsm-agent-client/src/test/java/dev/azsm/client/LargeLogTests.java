package dev.azsm.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A copy log of a million records")
class LargeLogTests {

    static final int RECORDS = 1_000_000;
    static final String[] CODES = {"AZSM2062", "AZSM2063", "AZSM2065", "AZSM2026", "AZSM2071"};

    @Test
    @Timeout(180)
    @DisplayName("streams through triage in a JVM with a 64 MiB heap, with exact totals")
    void millionRecords(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("copy-logs.csv");
        long failures = 0;
        long bytes = 0;
        long excluded = 0;
        long transferred = 0;
        try (BufferedWriter out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            out.write(CopyLogReaderTests.HEADER);
            out.write('\n');
            for (int i = 0; i < RECORDS; i++) {
                int size = i % 4096;
                if (i % 10 == 0) {
                    out.write("2026-12-04T10:00:00Z,run-1,data/excluded/" + i + ".tmp,F," + size + ",Excluded,AZSM2001,\n");
                    excluded++;
                } else if (i % 10 < 4) {
                    out.write("2026-12-04T10:00:00Z,run-1,data/ok/" + i + ".bin,F," + size + ",Transferred,AZSM0000,\n");
                    transferred++;
                } else {
                    out.write("2026-12-04T10:00:00Z,run-1,\"data/dir " + (i % 97) + "/file," + i + ".bin\",F," + size
                            + ",Failed," + CODES[i % CODES.length] + ",\"simulated, failure\"\n");
                    failures++;
                    bytes += size;
                }
            }
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), TriageMain.class.getName(), log.toString()))
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(150, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output.strip()).startsWith("records=" + RECORDS + " failures=" + failures + " bytes=" + bytes
                + " groups=5 excluded=" + excluded + " transferred=" + transferred + " skipped=0 maxHeapMiB=");
        assertThat(Files.size(log)).isGreaterThan(64L * 1024 * 1024);
    }
}
