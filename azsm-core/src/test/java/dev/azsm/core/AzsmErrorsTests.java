package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.azsm.api.AgentException;
import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileException;
import dev.azsm.api.FileTransferException;
import dev.azsm.api.JobException;
import dev.azsm.api.JobExecutionException;
import dev.azsm.api.Remedy;
import dev.azsm.api.Scope;
import dev.azsm.api.TargetAccessException;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AzsmErrors")
class AzsmErrorsTests {

    @Test
    @DisplayName("maps a catalogued code with its message, context and cause")
    void mapsCatalogued() {
        IOException cause = new IOException("403");
        AzsmException e = AzsmErrors.fromCode("AZSM1024", "403 on c1", Map.of(ContextKeys.JOB_RUN, "run-1"), cause);
        assertThat(e).isExactlyInstanceOf(TargetAccessException.class).hasCause(cause)
                .hasMessage("AZSM1024 Authorization failure on claiming the target container: 403 on c1");
        assertThat(e.context()).containsEntry("jobRun", "run-1");
        assertThat(e.remedy()).isEqualTo(Remedy.GRANT_PERMISSION);
    }

    @Test
    @DisplayName("handles a null message and a null context")
    void nullMessageAndContext() {
        AzsmException e = AzsmErrors.fromCode("AZSM1045", null, null);
        assertThat(e).isExactlyInstanceOf(JobExecutionException.class).hasMessage("AZSM1045 Job was aborted while it was still running");
        assertThat(e.context()).isEmpty();
    }

    @Nested
    @DisplayName("is forward compatible: a well-formed code it does not know")
    class ForwardCompatible {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({
            "AZSM1033, TargetAccessException, RETRY, target",
            "AZSM1019, SourceAccessException, RETRY, source",
            "AZSM1050, JobExecutionException, RETRY, job execution",
            "AZSM2030, FileUnsupportedException, CONTACT_SUPPORT, unsupported",
            "AZSM2079, FileTransferException, RETRY, failed",
            "AZSM0007, AgentUpgradeException, CONTACT_SUPPORT, agent upgrade",
        })
        @DisplayName("maps to its block's class, not recognised, with the block's miscellaneous remedy")
        void knownBlock(String code, String type, Remedy remedy, String block) {
            AzsmException e = AzsmErrors.fromCode(code, "from a newer agent");
            assertThat(e.getClass().getSimpleName()).isEqualTo(type);
            assertThat(e.isRecognized()).isFalse();
            assertThat(e.code()).hasToString(code);
            assertThat(e.remedy()).isEqualTo(remedy);
            assertThat(e.title()).endsWith("status code in the " + block + " block");
            assertThat(e.mitigation()).startsWith("This code is newer than this version of azsm");
            assertThat(e.getMessage()).endsWith(": from a newer agent");
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource({"AZSM1075, JobException", "AZSM2095, FileException", "AZSM0099, AgentException", "AZSM1000, JobException"})
        @DisplayName("maps to its scope's class where its block is unknown")
        void unknownBlock(String code, String type) {
            AzsmException e = AzsmErrors.fromCode(code, null);
            assertThat(e.getClass().getSimpleName()).isEqualTo(type);
            assertThat(e.isRecognized()).isFalse();
            assertThat(e.remedy()).isEqualTo(Remedy.CONTACT_SUPPORT);
        }

        @Test
        @DisplayName("maps every failure code of every scope without throwing")
        void everyCode() {
            IntStream.rangeClosed(1, AzsmCode.MAX_VALUE).mapToObj(AzsmCode::of)
                    .filter(c -> c.block().isFailure())
                    .forEach(c -> assertThat(AzsmErrors.fromCode(c, null, null, null).code()).isSameAs(c));
        }
    }

    @Nested
    @DisplayName("refuses, saying why,")
    class Refuses {

        @ParameterizedTest
        @ValueSource(strings = {"azsm1024", "AZSM 1024", "AZSM10245", "1024", "AZSM3000"})
        @DisplayName("a malformed code, quoting it")
        void malformed(String code) {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmErrors.fromCode(code, "m"))
                    .withMessageStartingWith("Invalid Storage Mover status code \"" + code + "\"");
        }

        @Test
        @DisplayName("a null code")
        void nullCode() {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmErrors.fromCode(null, "m"))
                    .withMessageStartingWith("Storage Mover status code is null");
        }

        @Test
        @DisplayName("success, which is not an error")
        void success() {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmErrors.fromCode("AZSM0000", null))
                    .withMessage("AZSM0000 is success, not an error: check AzsmCode.isSuccess() before mapping a code"
                            + " to an exception");
        }

        @ParameterizedTest
        @CsvSource({"AZSM2001, Excluded by a filter, excluded", "AZSM2005, Unrecognised file status code in the excluded block, excluded",
            "AZSM2042, No copy necessary: unchanged since the last sync (compared with the target), no copy necessary"})
        @DisplayName("an outcome that is not a failure")
        void outcomes(String code, String message, String block) {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmErrors.fromCode(code, null))
                    .withMessage(code + " (" + message + ") is an outcome of the " + block
                            + " block, not an error: it is reported, never thrown; check code.block().isFailure() first");
        }
    }

    @Nested
    @DisplayName("maps a reported code without ever failing on the code")
    class Reported {

        @ParameterizedTest(name = "[{index}] {0}")
        @NullAndEmptySource
        @ValueSource(strings = {"  "})
        @DisplayName("a missing code becomes the scope's miscellaneous code, saying the service gave none")
        void missing(String raw) {
            AzsmException e = AzsmErrors.fromReportedCode(Scope.JOB, raw, "it failed", Map.of("jobRun", "r"), false);
            assertThat(e).isExactlyInstanceOf(JobExecutionException.class);
            assertThat(e.code()).hasToString("AZSM1060");
            assertThat(e.context()).containsEntry("jobRun", "r").containsEntry(ContextKeys.RAW_CODE, raw == null ? "" : raw)
                    .containsEntry(ContextKeys.CODE_PROBLEM, "the service gave no code");
            assertThat(e.getStackTrace()).isEmpty();
        }

        @Test
        @DisplayName("a malformed code keeps the raw text and why it is malformed")
        void malformed() {
            AzsmException e = AzsmErrors.fromReportedCode(Scope.FILE, "azsm2062", "denied", null, true);
            assertThat(e).isExactlyInstanceOf(FileTransferException.class);
            assertThat(e.code()).hasToString("AZSM2080");
            assertThat(e.context()).containsEntry(ContextKeys.RAW_CODE, "azsm2062");
            assertThat(e.context(ContextKeys.CODE_PROBLEM)).hasValueSatisfying(p -> assertThat(p).contains("must be upper-case"));
            assertThat(AzsmErrors.fromReportedCode(Scope.AGENT, "X", null, null, false)).isInstanceOf(AgentException.class)
                    .extracting(AzsmException::code).hasToString("AZSM0020");
        }

        @Test
        @DisplayName("success or an outcome reported as a failure is kept as such")
        void successAsFailure() {
            AzsmException e = AzsmErrors.fromReportedCode(Scope.JOB, "AZSM0000", null, null, false);
            assertThat(e.code()).hasToString("AZSM1060");
            assertThat(e.context(ContextKeys.CODE_PROBLEM)).hasValueSatisfying(p -> assertThat(p)
                    .startsWith("AZSM0000 is success, not an error").endsWith("yet it was reported as a failure"));
        }

        @Test
        @DisplayName("a well-formed failure code maps as usual")
        void wellFormed() {
            AzsmException e = AzsmErrors.fromReportedCode(Scope.JOB, "AZSM1023", "lease", null, false);
            assertThat(e).isExactlyInstanceOf(TargetAccessException.class);
            assertThat(e.context()).doesNotContainKey(ContextKeys.RAW_CODE);
        }
    }

    @Test
    @DisplayName("builds an exception fluently")
    void builder() {
        IOException cause = new IOException("x");
        AzsmException e = AzsmErrors.builder("AZSM2063").detail("read failed").context(ContextKeys.ITEM, "a/b")
                .context("ignored", null).context(Map.of("jobRun", "r")).cause(cause).withoutStackTrace().build();
        assertThat(e).isExactlyInstanceOf(FileTransferException.class).hasCause(cause);
        assertThat(((FileException) e).itemPath()).contains("a/b");
        assertThat(e.context()).containsExactly(Map.entry("item", "a/b"), Map.entry("jobRun", "r"));
        assertThat(e.getStackTrace()).isEmpty();
    }

    static Stream<AzsmException> payloadCases() {
        Map<String, String> context = new HashMap<>();
        context.put(ContextKeys.JOB_RUN, "run-1");
        context.put(ContextKeys.ITEM, "dir/a\nb.txt");
        return Stream.concat(
                CatalogTests.failures().map(e -> AzsmErrors.fromCode(e.code().toString(), "detail of " + e.code(), context)),
                Stream.of(AzsmErrors.fromCode("AZSM1075", null), AzsmErrors.fromCode("AZSM2079", "x"),
                        AzsmErrors.fromCode("AZSM1060", "outer", Map.of(), AzsmErrors.fromCode("AZSM1023", "inner"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("payloadCases")
    @DisplayName("round-trips every exception through an ARM error payload and an RFC 9457 problem")
    void payloadRoundTrip(AzsmException e) {
        ErrorPayload payload = AzsmErrors.toPayload(e);
        assertThat(payload.code()).isEqualTo(e.code().toString());
        assertThat(payload.message()).isEqualTo(e.getMessage());
        AzsmException back = AzsmErrors.fromPayload(payload);
        assertThat(back.sameFailureAs(e)).as("%s vs %s", back, e).isTrue();
        if (e.getCause() instanceof AzsmException cause) {
            assertThat(back.getCause()).isInstanceOfSatisfying(AzsmException.class, c -> assertThat(c.sameFailureAs(cause)).isTrue());
        }
        ProblemDetails problem = AzsmErrors.toProblem(e);
        assertThat(problem.type()).isEqualTo(e.documentation());
        assertThat(problem.title()).isEqualTo(e.title());
        assertThat(problem.extensions()).containsEntry("code", e.code().toString()).containsEntry("remedy", e.remedy().name());
        assertThat(AzsmErrors.fromProblem(problem).sameFailureAs(e)).isTrue();
    }

    @Test
    @DisplayName("maps a foreign ARM error, keeping its message and target")
    void foreignPayload() {
        AzsmException e = AzsmErrors.fromPayload(new ErrorPayload("AZSM1022", "Container c9 not found", "c9",
                java.util.List.of(), java.util.List.of()));
        assertThat(e).hasMessage("AZSM1022 Target path provided is invalid: Container c9 not found");
        assertThat(e.context()).containsEntry(ContextKeys.SERVICE_TARGET, "c9");
        assertThatIllegalArgumentException().isThrownBy(() -> AzsmErrors.fromProblem(new ProblemDetails(
                java.net.URI.create("about:blank"), "Oops", 500, null, null, Map.of())))
                .withMessage("The problem \"Oops\" has no string \"code\" extension member (it has []); expected a problem made by azsm");
    }
}
