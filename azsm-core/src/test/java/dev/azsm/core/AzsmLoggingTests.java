package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;

@DisplayName("AzsmLogging")
class AzsmLoggingTests {

    /** Captures what is logged, with the MDC as it was at the time. */
    static final class CapturingLogger extends LegacyAbstractLogger {
        private static final long serialVersionUID = 1L;
        final List<Object[]> lines = new ArrayList<>();

        CapturingLogger() {
            this.name = "test";
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                Throwable throwable) {
            Map<String, String> mdc = MDC.getCopyOfContextMap();
            lines.add(new Object[] {level, message, throwable, mdc == null ? Map.of() : new HashMap<>(mdc)});
        }

        @Override public boolean isTraceEnabled() { return true; }
        @Override public boolean isDebugEnabled() { return true; }
        @Override public boolean isInfoEnabled() { return true; }
        @Override public boolean isWarnEnabled() { return true; }
        @Override public boolean isErrorEnabled() { return true; }
    }

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    @DisplayName("logs once, at a level chosen by the remedy, on one line, with the MDC set and then restored")
    void logsOnce() {
        CapturingLogger logger = new CapturingLogger();
        MDC.put(AzsmLogging.MDC_CODE, "outer");
        AzsmException e = AzsmErrors.fromCode("AZSM2063", "read\nfailed",
                Map.of(ContextKeys.JOB_RUN, "run-1", ContextKeys.AGENT, "agent-1", ContextKeys.ITEM, "dir/x\ny.txt"));
        AzsmLogging.log(logger, e);

        assertThat(logger.lines).hasSize(1);
        Object[] line = logger.lines.get(0);
        assertThat(line[0]).isEqualTo(Level.WARN);
        assertThat((String) line[1]).doesNotContain("\n")
                .startsWith("AZSM2063 I/O error reading the source file: read\\nfailed (remedy RETRY; ")
                .contains("item=dir/x\\ny.txt").endsWith("status-code#AZSM2063");
        assertThat(line[2]).isSameAs(e);
        @SuppressWarnings("unchecked")
        Map<String, String> mdc = (Map<String, String>) line[3];
        assertThat(mdc).containsEntry(AzsmLogging.MDC_CODE, "AZSM2063").containsEntry(AzsmLogging.MDC_SCOPE, "file")
                .containsEntry(AzsmLogging.MDC_JOB_RUN, "run-1").containsEntry(AzsmLogging.MDC_AGENT, "agent-1")
                .containsEntry(AzsmLogging.MDC_ITEM, "dir/x\\ny.txt");
        assertThat(MDC.get(AzsmLogging.MDC_CODE)).as("the MDC adapter is real").isEqualTo("outer");
        assertThat(MDC.get(AzsmLogging.MDC_ITEM)).isNull();
    }

    @Test
    @DisplayName("chooses ERROR when a person must act, and marks an unrecognised code")
    void levels() {
        assertThat(AzsmLogging.levelOf(AzsmErrors.fromCode("AZSM1024", null))).isEqualTo(Level.ERROR);
        assertThat(AzsmLogging.levelOf(AzsmErrors.fromCode("AZSM1023", null))).isEqualTo(Level.WARN);
        assertThat(AzsmLogging.line(AzsmErrors.fromCode("AZSM1075", null))).contains("code not recognised by this azsm");
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "SAS URL            | https://a.blob.core.windows.net/c?sv=1&sig=S1GSECRET | S1GSECRET",
        "account key        | AccountName=a;AccountKey=KEYSECRET==;EndpointSuffix=x | KEYSECRET",
        "SMB password       | smb://admin:PWSECRET@nas/share | PWSECRET",
        "bearer             | Authorization: Bearer TOKSECRET.abc.def | TOKSECRET",
        "password pair      | password=PASSSECRET | PASSSECRET",
    })
    @DisplayName("logs no secret of the corpus, whether in the detail, the context or the cause, on one line")
    void redactionCorpus(String kind, String text, String secret) {
        CapturingLogger logger = new CapturingLogger();
        AzsmException e = AzsmErrors.fromCode("AZSM1001", "mount " + text + "\nfailed",
                Map.of(ContextKeys.SOURCE, text, ContextKeys.ITEM, "a\n" + text), new IOException("cause: " + text));
        AzsmLogging.log(logger, e);
        Object[] line = logger.lines.get(0);
        StringBuilder logged = new StringBuilder(line[1].toString());
        for (Throwable t = (Throwable) line[2]; t != null; t = t.getCause()) {
            logged.append(' ').append(t.getMessage());
        }
        logged.append(' ').append(line[3]);
        assertThat(logged.toString()).doesNotContain(secret);
        assertThat(line[1].toString()).doesNotContain("\n");
        assertThat(e.getMessage() + e + AzsmErrors.toPayload(e) + AzsmErrors.toProblem(e)).doesNotContain(secret);
    }

    @Test
    @DisplayName("hands SLF4J a redacted copy when a cause's message holds a secret")
    void redactsCauses() {
        CapturingLogger logger = new CapturingLogger();
        IOException cause = new IOException("PUT https://a.blob.core.windows.net/c/x?sv=1&sig=TOPSECRET failed\nretry");
        AzsmException e = FileErrors.targetTransportFailed("x", cause);
        AzsmLogging.log(logger, e);
        Throwable logged = (Throwable) logger.lines.get(0)[2];
        assertThat(logged).isNotSameAs(e);
        StringBuilder all = new StringBuilder();
        for (Throwable t = logged; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('|');
            assertThat(t.getStackTrace()).isNotEmpty();
        }
        assertThat(all.toString()).doesNotContain("TOPSECRET", "\n").contains("java.io.IOException", "sig=***")
                .contains(e.getClass().getName());
        assertThat(logger.lines.get(0)[1].toString()).doesNotContain("TOPSECRET");
    }
}
