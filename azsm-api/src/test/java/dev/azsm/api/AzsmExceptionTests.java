package dev.azsm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("AzsmException")
class AzsmExceptionTests {

    static CodeDescription describe(String code, String message, Remedy remedy) {
        return new CodeDescription(AzsmCode.parse(code), true, message, "Do something.",
                URI.create("https://learn.microsoft.com/azure/storage-mover/status-code#" + code), remedy);
    }

    static CodeDescription describe(String code) {
        return describe(code, "Message of " + code, Remedy.RETRY);
    }

    /** One constructor per concrete class, with a code that fits it. */
    static Stream<Arguments> everyClass() {
        return Stream.of(
                Arguments.of("AZSM0099", (Function<CodeDescription, AzsmException>) d -> new AgentException(d, "x")),
                Arguments.of("AZSM0001", (Function<CodeDescription, AzsmException>) d -> new AgentUpgradeException(d, "x")),
                Arguments.of("AZSM1099", (Function<CodeDescription, AzsmException>) d -> new JobException(d, "x")),
                Arguments.of("AZSM1001", (Function<CodeDescription, AzsmException>) d -> new SourceAccessException(d, "x")),
                Arguments.of("AZSM1024", (Function<CodeDescription, AzsmException>) d -> new TargetAccessException(d, "x")),
                Arguments.of("AZSM1045", (Function<CodeDescription, AzsmException>) d -> new JobExecutionException(d, "x")),
                Arguments.of("AZSM2099", (Function<CodeDescription, AzsmException>) d -> new FileException(d, "x")),
                Arguments.of("AZSM2026", (Function<CodeDescription, AzsmException>) d -> new FileUnsupportedException(d, "x")),
                Arguments.of("AZSM2062", (Function<CodeDescription, AzsmException>) d -> new FileTransferException(d, "x")));
    }

    @Nested
    @DisplayName("carries")
    class Carries {

        @Test
        @DisplayName("its code, text, link, remedy, context and cause")
        void everything() {
            IOException cause = new IOException("lease lost");
            Map<String, String> context = new LinkedHashMap<>();
            context.put(ContextKeys.JOB_RUN, "run-1");
            context.put(ContextKeys.AGENT, "agent-7");
            TargetAccessException e = new TargetAccessException(
                    describe("AZSM1023", "Lease expired for this agent on the target container", Remedy.RETRY),
                    "the lease of container c1 expired", context, cause, true);

            assertThat(e.code()).isSameAs(AzsmCode.parse("AZSM1023"));
            assertThat(e.scope()).isEqualTo(Scope.JOB);
            assertThat(e.block()).isSameAs(CodeBlock.TARGET);
            assertThat(e.isRecognized()).isTrue();
            assertThat(e.title()).isEqualTo("Lease expired for this agent on the target container");
            assertThat(e.detail()).contains("the lease of container c1 expired");
            assertThat(e.mitigation()).isEqualTo("Do something.");
            assertThat(e.documentation()).hasToString("https://learn.microsoft.com/azure/storage-mover/status-code#AZSM1023");
            assertThat(e.remedy()).isEqualTo(Remedy.RETRY);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getCause()).isSameAs(cause);
            assertThat(e.context()).containsExactly(Map.entry("jobRun", "run-1"), Map.entry("agent", "agent-7"));
            assertThat(e.context("agent")).contains("agent-7");
            assertThat(e.getMessage()).isEqualTo(
                    "AZSM1023 Lease expired for this agent on the target container: the lease of container c1 expired");
            assertThat(e).hasToString("dev.azsm.api.TargetAccessException: AZSM1023 Lease expired for this agent on"
                    + " the target container: the lease of container c1 expired {jobRun=run-1, agent=agent-7}");
            assertThat(e.getStackTrace()).isNotEmpty();
        }

        @Test
        @DisplayName("a message without a colon when there is no detail")
        void messageWithoutDetail() {
            JobException e = new JobExecutionException(describe("AZSM1045", "Job was aborted", Remedy.RETRY), null);
            assertThat(e.getMessage()).isEqualTo("AZSM1045 Job was aborted");
            assertThat(e.detail()).isEmpty();
            assertThat(e).hasToString("dev.azsm.api.JobExecutionException: AZSM1045 Job was aborted");
        }

        @Test
        @DisplayName("an immutable copy of the context, without null values")
        void immutableContext() {
            Map<String, String> context = new HashMap<>();
            context.put("jobRun", "run-1");
            context.put("agent", null);
            JobException e = new JobException(describe("AZSM1099"), null, context, null, false);
            context.put("late", "added");
            assertThat(e.context()).containsOnlyKeys("jobRun");
            assertThatThrownBy(() -> e.context().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("no stack trace when asked not to, for bulk per-item failures")
        void withoutStackTrace() {
            FileException e = new FileTransferException(describe("AZSM2062"), null, Map.of("item", "a/b.txt"), null, false);
            assertThat(e.getStackTrace()).isEmpty();
            assertThat(e.itemPath()).contains("a/b.txt");
        }

        @Test
        @DisplayName("an empty item path when a file failure has none")
        void fileWithoutItem() {
            assertThat(new FileException(describe("AZSM2099"), null).itemPath()).isEmpty();
        }
    }

    @Nested
    @DisplayName("keeps one failure on one line, and no secret,")
    class Safety {

        @Test
        @DisplayName("escaping new lines and control characters in the message and toString")
        void escapesControlCharacters() {
            FileException e = new FileTransferException(describe("AZSM2063"), "read failed\nat line 2\u001b[31m",
                    Map.of("item", "dir/evil\r\nname.txt"), null, false);
            assertThat(e.getMessage()).isEqualTo("AZSM2063 Message of AZSM2063: read failed\\nat line 2\\u001B[31m");
            assertThat(e.toString()).doesNotContain("\n", "\r", "\u001b").contains("item=dir/evil\\r\\nname.txt");
            assertThat(e.itemPath()).contains("dir/evil\r\nname.txt");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "SAS URL          | https://acct.blob.core.windows.net/c?sv=2022-11-02&sig=AbC%2Bdef123&se=2030 | sig=***&se=2030",
            "account key      | DefaultEndpointsProtocol=https;AccountName=a;AccountKey=bXlrZXk=;EndpointSuffix=x | AccountKey=***;",
            "SMB password     | smb://admin:Hunter2@fileserver/share | smb://admin:***@fileserver/share",
            "bearer token     | Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc | Authorization: Bearer ***",
            "password pair    | user=bob password=Hunter2 retry | password=*** retry",
        })
        void redactsSecrets(String kind, String text, String expected) {
            JobException e = new SourceAccessException(describe("AZSM1001"), "mount of " + text + " failed",
                    Map.of("source", text), new IOException(text), true);
            assertThat(e.getMessage()).contains(expected).doesNotContain("AbC%2Bdef123", "bXlrZXk", "Hunter2", "eyJhbGci");
            assertThat(e.toString()).contains(expected).doesNotContain("AbC%2Bdef123", "bXlrZXk", "Hunter2", "eyJhbGci");
            assertThat(e.context("source").orElseThrow()).contains(expected);
        }
    }

    @Nested
    @DisplayName("refuses, with a message that names the code and the class,")
    class Validation {

        @Test
        @DisplayName("a code of another scope")
        void otherScope() {
            assertThatIllegalArgumentException().isThrownBy(() -> new JobException(describe("AZSM2062"), null))
                    .withMessage("AZSM2062 is a file code and cannot be held by JobException, which holds job codes (AZSM1xxx)");
            assertThatIllegalArgumentException().isThrownBy(() -> new AgentException(describe("AZSM1001"), null))
                    .withMessage("AZSM1001 is a job code and cannot be held by AgentException, which holds agent codes (AZSM0xxx)");
        }

        @Test
        @DisplayName("a code of another block")
        void otherBlock() {
            assertThatIllegalArgumentException().isThrownBy(() -> new TargetAccessException(describe("AZSM1001"), null))
                    .withMessage("AZSM1001 is in block AZSM1001..AZSM1020 (job: source) and cannot be held by"
                            + " TargetAccessException, which holds AZSM1021..AZSM1040 (job: target)");
            assertThatIllegalArgumentException().isThrownBy(() -> new FileTransferException(describe("AZSM2099"), null))
                    .withMessageContaining("cannot be held by FileTransferException");
        }

        @Test
        @DisplayName("success")
        void success() {
            assertThatIllegalArgumentException().isThrownBy(() -> new AgentException(describe("AZSM0000"), null))
                    .withMessage("AZSM0000 is success and is never an exception (AgentException)");
        }

        @ParameterizedTest
        @CsvSource({"AZSM2001, excluded, AZSM2001..AZSM2020", "AZSM2042, no copy necessary, AZSM2041..AZSM2060"})
        @DisplayName("an outcome that is not a failure")
        void outcomes(String code, String name, String range) {
            assertThatIllegalArgumentException().isThrownBy(() -> new FileException(describe(code), null))
                    .withMessage(code + " is in the " + name + " block " + range + " (file: " + name
                            + "), an outcome that is reported, never thrown (FileException)");
        }

        @Test
        @DisplayName("a blank context key")
        void blankKey() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new JobException(describe("AZSM1099"), null, Map.of(" ", "v"), null, false))
                    .withMessageStartingWith("Context keys must be non-blank, but one is \" \"");
        }

        @Test
        @DisplayName("a description with a missing part, naming it")
        void incompleteDescription() {
            assertThatThrownBy(() -> new CodeDescription(AzsmCode.of(1001), true, "m", null, URI.create("x:y"), Remedy.RETRY))
                    .isInstanceOf(NullPointerException.class).hasMessage("mitigation is null");
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new CodeDescription(AzsmCode.of(1001), true, " ", "m", URI.create("x:y"), Remedy.RETRY))
                    .withMessage("The message of AZSM1001 is blank: every code needs a message");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyClass")
    @DisplayName("round-trips through Java serialization with every field, for every class")
    void serializationRoundTrip(String code, Function<CodeDescription, AzsmException> create) throws Exception {
        AzsmException original = create.apply(describe(code));
        AzsmException withContext = original.getClass()
                .getConstructor(CodeDescription.class, String.class, Map.class, Throwable.class, boolean.class)
                .newInstance(describe(code), "detail\nline", Map.of("jobRun", "r", "item", "p"), new IOException("io"), true);
        for (AzsmException e : new AzsmException[] {original, withContext}) {
            AzsmException copy = AzsmCodeTests.roundTrip(e);
            assertThat(copy).isExactlyInstanceOf(e.getClass());
            assertThat(copy.sameFailureAs(e)).isTrue();
            assertThat(copy.code()).isSameAs(e.code());
            assertThat(copy.getMessage()).isEqualTo(e.getMessage());
            assertThat(copy.context()).isEqualTo(e.context());
            assertThat(copy.getStackTrace()).isEqualTo(e.getStackTrace());
            if (e.getCause() != null) {
                assertThat(copy.getCause()).isInstanceOf(IOException.class).hasMessage("io");
            }
        }
    }

    @Test
    @DisplayName("tells the same failure from a different one")
    void sameFailure() {
        JobException a = new TargetAccessException(describe("AZSM1024"), "d", Map.of("jobRun", "r"), null, false);
        JobException b = new TargetAccessException(describe("AZSM1024"), "d", Map.of("jobRun", "r"), new IOException(), true);
        JobException c = new TargetAccessException(describe("AZSM1024"), "d", Map.of("jobRun", "other"), null, false);
        assertThat(a.sameFailureAs(b)).isTrue();
        assertThat(a.sameFailureAs(c)).isFalse();
        assertThat(a.sameFailureAs(null)).isFalse();
    }
}
