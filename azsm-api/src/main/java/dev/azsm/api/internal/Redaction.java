package dev.azsm.api.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from free text before it is stored in an exception, a payload or a log line:
 * SAS signatures ({@code sig=}), account and shared-access keys, passwords, bearer tokens and
 * other {@code Authorization} values, and passwords in URLs ({@code smb://user:secret@host}).
 * The secret is replaced by {@value #MASK}; the rest of the text is kept.
 */
public final class Redaction {

    /** What a secret is replaced with. */
    public static final String MASK = "***";

    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)(\\b(?:sig|accountkey|sharedaccesskey|password|passwd|pwd|secret|client_secret"
                    + "|access_token|refresh_token|id_token|apikey|api_key)\\s*[=:]\\s*\"?)"
                    + "[^\\s;&\"',}]+");
    private static final Pattern AUTHORIZATION = Pattern.compile(
            "(?i)(\\bauthorization\\s*[:=]\\s*\"?(?:bearer\\s+|basic\\s+|sharedkey\\s+|sas\\s+)?)[^\\s;,\"']+");
    private static final Pattern BEARER = Pattern.compile("(?i)(\\bbearer\\s+)[A-Za-z0-9\\-._~+/]+=*");
    // The scheme and user are bounded so that no input makes the pattern backtrack quadratically.
    private static final Pattern URL_PASSWORD = Pattern.compile(
            "(?i)(\\b[a-z][a-z0-9+.\\-]{0,31}://[^/\\s:@]{0,256}:)[^@\\s/]{1,1024}@");

    private Redaction() {
    }

    /**
     * Returns the text with every secret it holds masked, or the text itself when it holds none.
     *
     * @param text the text, possibly null
     * @return the redacted text, null for null
     */
    public static @Nullable String redact(@Nullable String text) {
        if (text == null || !mayHoldSecret(text)) {
            return text;
        }
        String out = replace(KEY_VALUE, text);
        out = replace(AUTHORIZATION, out);
        out = replace(BEARER, out);
        return out.contains("://") ? replace(URL_PASSWORD, out) : out;
    }

    private static String replace(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String suffix = pattern == URL_PASSWORD ? "@" : "";
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + MASK + suffix));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    // Every secret form above needs '=', ':' or '@', or the word "bearer"; most texts have none, and
    // one pass over the characters tells.
    private static boolean mayHoldSecret(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c == '=' || c == ':' || c == '@'
                    || (c == 'b' || c == 'B') && text.regionMatches(true, i, "bearer", 0, 6)) {
                return true;
            }
        }
        return false;
    }
}
