package dev.azsm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileException;
import dev.azsm.api.FileTransferException;
import dev.azsm.api.Remedy;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("CopyLogReader and triage")
class CopyLogReaderTests {

    static final String HEADER = "TimeGenerated,JobRunName,ItemPath,ItemType,FileSize,TransferResult,StatusCode,Details";

    static List<FileFailure> read(CopyLogReader log) {
        return log.records().toList();
    }

    @Nested
    @DisplayName("CSV")
    class Csv {

        @Test
        @DisplayName("reads records with the header's column names, in any order, with quoted commas and new lines")
        void quoting() throws IOException {
            String csv = "StatusCode,ItemPath,Details,TenantId,FileSize,TimeGenerated,JobRunName,ItemType,TransferResult\n"
                    + "AZSM2062,\"dir/a,b.txt\",\"denied, \"\"really\"\"\nsecond line\",t,12,2024-03-01T10:00:00Z,run-1,F,Failed\n"
                    + "AZSM2063,dir/c.txt,EIO,t,7,2024-03-01T10:00:01.5Z,run-1,F,Failed\n";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(csv))) {
                assertThat(log.format()).isEqualTo(CopyLogFormat.CSV);
                List<FileFailure> records = read(log);
                assertThat(records).hasSize(2);
                FileFailure first = records.get(0);
                assertThat(first.itemPath()).isEqualTo("dir/a,b.txt");
                assertThat(first.details()).isEqualTo("denied, \"really\"\nsecond line");
                assertThat(first.fileSize()).isEqualTo(12);
                assertThat(first.line()).isEqualTo(2);
                assertThat(first.time()).hasValueSatisfying(t -> assertThat(t).hasToString("2024-03-01T10:00:00Z"));
                assertThat(records.get(1).line()).isEqualTo(4);
                assertThat(log.problems()).isEmpty();
            }
        }

        @Test
        @DisplayName("reads a byte-order mark and CRLF line ends")
        void bomAndCrlf() throws IOException {
            String csv = "\uFEFF" + HEADER + "\r\n,run,a.txt,F,1,Failed,AZSM2062,x\r\n,run,b.txt,F,2,Failed,AZSM2062,y\r\n";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(csv))) {
                assertThat(read(log)).extracting(FileFailure::itemPath).containsExactly("a.txt", "b.txt");
                assertThat(log.problems()).isEmpty();
            }
        }

        @Test
        @DisplayName("skips a record with a wrong field count or a truncated quote, with its line and reason, and goes on")
        void badRecords() throws IOException {
            String csv = HEADER + "\n,run,a.txt,F,1,Failed,AZSM2062,x\n,run,short,F\n,run,c.txt,F,3,Failed,AZSM2063,z\n"
                    + ",run,\"never closed,F,1,Failed,AZSM2062,x\n";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(csv))) {
                assertThat(read(log)).extracting(FileFailure::itemPath).containsExactly("a.txt", "c.txt");
                assertThat(log.skipped()).isEqualTo(2);
                assertThat(log.problems()).extracting(RecordProblem::toString).containsExactly(
                        "line 3: it has 4 fields where the header has 8 (skipped)",
                        "line 5: the log ends inside a quoted field: the record is truncated (skipped)");
            }
        }

        @Test
        @DisplayName("keeps records with malformed codes or codes of another scope, reporting them")
        void codes() throws IOException {
            String csv = HEADER + "\n,run,a.txt,F,1,Failed,azsm2062,x\n,run,b.txt,F,1,Failed,AZSM1023,y\n,run,c.txt,F,x1,Failed,AZSM2062,z\n";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(csv))) {
                List<FileFailure> records = read(log);
                assertThat(records).hasSize(3);
                assertThat(log.skipped()).isZero();
                assertThat(log.problems()).extracting(RecordProblem::line).containsExactly(2L, 3L, 4L);
                assertThat(log.problems().get(0).reason()).contains("must be upper-case");
                assertThat(log.problems().get(1).reason()).contains("AZSM1023 is a job code");
                assertThat(log.problems().get(2).reason()).contains("FileSize \"x1\" is not a whole number");
                FileException e = (FileException) records.get(0).exception();
                assertThat(e.code()).hasToString("AZSM2080");
                assertThat(e.context()).containsEntry(ContextKeys.RAW_CODE, "azsm2062").containsEntry("line", "2");
                assertThat(records.get(1).exception().context()).containsEntry(ContextKeys.RAW_CODE, "AZSM1023");
            }
        }

        @Test
        @DisplayName("says an empty file is empty, and a header without the needed columns what it lacks")
        void emptyAndWrongHeader() throws IOException {
            try (CopyLogReader log = CopyLogReader.of(new StringReader(""))) {
                assertThat(read(log)).isEmpty();
                assertThat(log.problems()).singleElement().extracting(RecordProblem::reason).asString()
                        .startsWith("the log is empty");
            }
            try (CopyLogReader log = CopyLogReader.of(new StringReader("a,b,c\n1,2,3\n"))) {
                assertThatIllegalArgumentException().isThrownBy(() -> read(log))
                        .withMessageContaining("lacks the ItemPath or StatusCode column");
            }
        }

        @Test
        @DisplayName("keeps control characters in paths, escaped when rendered")
        void controlCharacters() throws IOException {
            String csv = HEADER + "\n,run,\"evil\u001b[31m\rname.txt\",F,1,Failed,AZSM2062,x\n";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(csv))) {
                TriageReport report = CopyLogTriage.of(log);
                assertThat(report.failures().get(0).examples()).containsExactly("evil\u001b[31m\rname.txt");
                assertThat(report.render()).contains("evil\\u001B[31m\\rname.txt").doesNotContain("\u001b", "\r");
            }
        }
    }

    @Nested
    @DisplayName("JSON Lines")
    class JsonLines {

        @Test
        @DisplayName("reads one object per line and skips bad lines with the reason")
        void lines() throws IOException {
            String jsonl = "{\"ItemPath\": \"a.txt\", \"StatusCode\": \"AZSM2062\", \"FileSize\": 10, \"Extra\": {\"x\": [1]}}\n"
                    + "\n"
                    + "{\"ItemPath\": \"b.txt\", \"StatusCode\": \"AZSM2062\", \"FileSize\": 5\n"
                    + "[1, 2]\n"
                    + "{\"ItemPath\": \"c.txt\", \"ItemPath\": \"d.txt\", \"StatusCode\": \"AZSM2062\"}\n"
                    + "{\"statuscode\": \"AZSM2070\", \"itempath\": \"e.txt\"} trailing\n"
                    + "{\"StatusCode\": \"AZSM2001\", \"ItemPath\": \"f.txt\", \"TransferResult\": \"Excluded\"}\n";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(jsonl))) {
                assertThat(log.format()).isEqualTo(CopyLogFormat.JSON_LINES);
                List<FileFailure> records = read(log);
                assertThat(records).extracting(FileFailure::itemPath).containsExactly("a.txt", "f.txt");
                assertThat(records.get(0).fileSize()).isEqualTo(10);
                assertThat(log.skipped()).isEqualTo(4);
                assertThat(log.problems()).extracting(RecordProblem::line).containsExactly(3L, 4L, 5L, 6L);
                assertThat(log.problems().get(2).reason()).contains("the column \"ItemPath\" appears twice");
                assertThat(records.get(1).isFailure()).isFalse();
            }
        }
    }

    @Nested
    @DisplayName("Log Analytics answers")
    class LogAnalytics {

        @Test
        @DisplayName("reads the first table's rows by its columns")
        void rows() throws IOException {
            String json = "{\"tables\": [{\"name\": \"PrimaryResult\", \"columns\": [{\"name\": \"TimeGenerated\", \"type\": \"datetime\"},"
                    + "{\"name\": \"ItemPath\", \"type\": \"string\"}, {\"name\": \"FileSize\", \"type\": \"long\"},"
                    + "{\"name\": \"StatusCode\", \"type\": \"string\"}], \"rows\": ["
                    + "[\"2024-03-01T10:00:00Z\", \"a.txt\", 5, \"AZSM2062\"], [\"2024-03-01T10:00:00Z\", \"b.txt\"],"
                    + "[null, \"c.txt\", null, \"AZSM2065\"]]}]}";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(json))) {
                assertThat(log.format()).isEqualTo(CopyLogFormat.LOG_ANALYTICS);
                assertThat(read(log)).extracting(FileFailure::itemPath).containsExactly("a.txt", "c.txt");
                assertThat(log.problems()).extracting(RecordProblem::toString)
                        .containsExactly("line 2: it has 2 fields where the header has 4 (skipped)");
            }
        }

        @Test
        @DisplayName("stops at malformed JSON, saying where, keeping what was read")
        void malformed() throws IOException {
            String json = "{\"tables\": [{\"columns\": [{\"name\": \"ItemPath\"}, {\"name\": \"StatusCode\"}],"
                    + " \"rows\": [[\"a.txt\", \"AZSM2062\"], [\"b.txt\", ";
            try (CopyLogReader log = CopyLogReader.of(new StringReader(json))) {
                assertThat(read(log)).extracting(FileFailure::itemPath).containsExactly("a.txt");
                assertThat(log.problems()).singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(2);
                    assertThat(p.reason()).contains("not valid JSON").contains("reading stopped");
                });
            }
        }
    }

    @Test
    @DisplayName("triages failures by code, with counts, bytes, examples and remedy, outcomes apart")
    void triage(@TempDir Path dir) throws IOException {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < 7; i++) {
            csv.append(",run,p").append(i).append(".txt,F,100,Failed,AZSM2062,denied\n");
        }
        csv.append(",run,q.txt,F,50,Failed,AZSM2065,reset\n,run,r.txt,F,1,Excluded,AZSM2001,\n")
                .append(",run,s.txt,F,1,Transferred,AZSM0000,\n,run,t.txt,F,1,NoCopyNecessary,AZSM2041,\n");
        Path file = Files.writeString(dir.resolve("log.csv"), csv);
        try (CopyLogReader log = CopyLogReader.open(file)) {
            TriageReport report = CopyLogTriage.of(log);
            assertThat(report.totalFailures()).isEqualTo(8);
            assertThat(report.totalFailedBytes()).isEqualTo(750);
            assertThat(report.records()).isEqualTo(11);
            TriageGroup top = report.failures().get(0);
            assertThat(top.code()).hasToString("AZSM2062");
            assertThat(top.count()).isEqualTo(7);
            assertThat(top.examples()).hasSize(CopyLogTriage.EXAMPLES);
            assertThat(top.remedy()).isEqualTo(Remedy.GRANT_PERMISSION);
            assertThat(report.needPerson()).containsExactly(top);
            assertThat(report.retryable()).extracting(g -> g.code().toString()).containsExactly("AZSM2065");
            assertThat(report.outcomes()).containsEntry("excluded", 1L).containsEntry("transferred", 1L)
                    .containsEntry("no copy necessary", 1L);
            assertThat(report.byBlock().keySet().map(b -> b.name().orElse(""))).containsExactly("failed");
            assertThat(report.render().lines()).anyMatch(l -> l.startsWith("AZSM2062") && l.contains(" 7 "))
                    .anyMatch(l -> l.startsWith("AZSM2065") && l.contains(" 1 "));
        }
        try (CopyLogReader log = CopyLogReader.open(file)) {
            assertThat(log.records().collect(CopyLogTriage.collector()).totalFailures()).isEqualTo(8);
        }
        try (CopyLogReader log = CopyLogReader.open(file)) {
            assertThat(log.records().filter(FileFailure::isFailure).map(FileFailure::exception))
                    .hasSize(8).allSatisfy(e -> assertThat(e.getStackTrace()).isEmpty())
                    .filteredOn(e -> e instanceof FileTransferException).hasSize(8);
        }
    }

    @Test
    @DisplayName("reports a missing file as NoSuchFileException")
    void missingFile(@TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CopyLogReader.open(dir.resolve("nope.csv")))
                .isInstanceOf(NoSuchFileException.class);
    }
}
