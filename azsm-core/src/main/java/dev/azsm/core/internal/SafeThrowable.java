package dev.azsm.core.internal;

import dev.azsm.api.internal.Redaction;
import dev.azsm.api.internal.Text;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A redacted stand-in for a throwable, for logging: its message is the original's class name and
 * message with secrets masked and control characters escaped, and it has the original's stack trace
 * and (equally redacted) cause.
 */
public final class SafeThrowable extends Throwable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DEPTH = 32;

    private SafeThrowable(String message, @Nullable Throwable cause, StackTraceElement[] stackTrace) {
        super(message, cause, false, true);
        setStackTrace(stackTrace);
    }

    /**
     * Returns the throwable itself when no message in its cause chain holds a secret or a control
     * character, else a redacted copy of the chain.
     *
     * @param t the throwable
     * @return a throwable safe to log
     */
    public static Throwable safe(Throwable t) {
        return isSafe(t) ? t : copy(t, new IdentityHashMap<>(), 0);
    }

    private static boolean isSafe(Throwable t) {
        Throwable current = t;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            String message = current.getMessage();
            if (message != null && (!Objects.equals(Redaction.redact(message), message)
                    || !Text.escape(message).equals(message))) {
                return false;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return true;
    }

    private static Throwable copy(Throwable t, Map<Throwable, Throwable> seen, int depth) {
        Throwable cause = t.getCause();
        Throwable safeCause = cause == null || cause == t || seen.containsKey(cause) || depth >= MAX_DEPTH
                ? null : copy(cause, seen, depth + 1);
        String message = t.getMessage();
        String text = t.getClass().getName() + (message == null ? "" : ": " + Text.escape(Redaction.redact(message)));
        SafeThrowable copy = new SafeThrowable(text, safeCause, t.getStackTrace());
        seen.put(t, copy);
        return copy;
    }

    @Override
    public String toString() {
        return String.valueOf(getMessage());
    }
}
