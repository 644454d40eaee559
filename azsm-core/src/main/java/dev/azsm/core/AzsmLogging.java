package dev.azsm.core;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.Remedy;
import dev.azsm.api.internal.Text;
import dev.azsm.core.internal.SafeThrowable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.MDC;
import org.slf4j.event.Level;

/**
 * Logs an {@link AzsmException} once, through SLF4J, at a level chosen by its remedy, with the
 * code and context in the MDC for that line.
 *
 * <pre>{@code
 * catch (AzsmException e) {
 *     AzsmLogging.log(log, e);     // WARN for retryable failures, ERROR when a person must act
 *     return;                      // log once, then handle: never log and rethrow the same failure
 * }
 * }</pre>
 *
 * <p>The line is {@code AZSM1023 <message>: <detail> (remedy RETRY; jobRun=..., agent=...) <link>}, on
 * one line with control characters escaped. The MDC keys ({@value #MDC_CODE}, {@value #MDC_SCOPE},
 * {@value #MDC_JOB_RUN}, {@value #MDC_AGENT}, {@value #MDC_ITEM}) are set for the line and restored
 * to their previous values after it. The throwable passed to SLF4J is the exception itself when
 * nothing in its cause chain holds a secret or a line break; otherwise a redacted copy with the same
 * classes' names, messages (redacted and escaped) and stack traces.
 */
public final class AzsmLogging {

    /** MDC key of the code, such as {@code AZSM1023}. */
    public static final String MDC_CODE = "azsm.code";
    /** MDC key of the scope, {@code agent}, {@code job} or {@code file}. */
    public static final String MDC_SCOPE = "azsm.scope";
    /** MDC key of the job run. */
    public static final String MDC_JOB_RUN = "azsm.jobRun";
    /** MDC key of the agent. */
    public static final String MDC_AGENT = "azsm.agent";
    /** MDC key of the item path. */
    public static final String MDC_ITEM = "azsm.item";

    private AzsmLogging() {
    }

    /**
     * Logs the exception at {@link #levelOf(AzsmException)}.
     *
     * @param logger the logger
     * @param e      the exception
     */
    public static void log(Logger logger, AzsmException e) {
        log(logger, levelOf(e), e);
    }

    /**
     * Logs the exception at a given level.
     *
     * @param logger the logger
     * @param level  the level
     * @param e      the exception
     */
    public static void log(Logger logger, Level level, AzsmException e) {
        Objects.requireNonNull(logger, "logger is null");
        Objects.requireNonNull(level, "level is null");
        Objects.requireNonNull(e, "exception is null");
        if (!logger.isEnabledForLevel(level)) {
            return;
        }
        Map<String, String> mdc = new LinkedHashMap<>();
        mdc.put(MDC_CODE, e.code().toString());
        mdc.put(MDC_SCOPE, e.scope().label());
        e.context(ContextKeys.JOB_RUN).ifPresent(v -> mdc.put(MDC_JOB_RUN, Text.escape(v)));
        e.context(ContextKeys.AGENT).ifPresent(v -> mdc.put(MDC_AGENT, Text.escape(v)));
        e.context(ContextKeys.ITEM).ifPresent(v -> mdc.put(MDC_ITEM, Text.escape(v)));
        Map<String, @Nullable String> previous = new LinkedHashMap<>();
        mdc.forEach((key, value) -> {
            previous.put(key, MDC.get(key));
            MDC.put(key, value);
        });
        try {
            logger.atLevel(level).setCause(SafeThrowable.safe(e)).log(line(e));
        } finally {
            previous.forEach((key, value) -> {
                if (value == null) {
                    MDC.remove(key);
                } else {
                    MDC.put(key, value);
                }
            });
        }
    }

    /**
     * Returns the level an exception is logged at: {@code WARN} when retrying may help,
     * {@code INFO} when nothing needs doing, {@code ERROR} when a person must act.
     *
     * @param e the exception
     * @return the level
     */
    public static Level levelOf(AzsmException e) {
        Remedy remedy = e.remedy();
        if (remedy == Remedy.NONE) {
            return Level.INFO;
        }
        return remedy.isRetryable() ? Level.WARN : Level.ERROR;
    }

    /**
     * Returns the one-line text {@link #log} writes.
     *
     * @param e the exception
     * @return the line
     */
    public static String line(AzsmException e) {
        StringBuilder out = new StringBuilder(e.getMessage()).append(" (remedy ").append(e.remedy());
        if (!e.isRecognized()) {
            out.append(", code not recognised by this azsm");
        }
        e.context().forEach((key, value) -> out.append("; ").append(Text.escape(key)).append('=').append(Text.escape(value)));
        return out.append(") ").append(e.documentation()).toString();
    }
}
