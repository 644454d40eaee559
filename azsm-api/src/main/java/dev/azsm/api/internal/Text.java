package dev.azsm.api.internal;

import org.jspecify.annotations.Nullable;

/**
 * Makes untrusted text safe to show on one line: control characters, line and paragraph
 * separators, bidirectional controls and lone surrogates are escaped as {@code \n}, {@code \t}
 * or {@code \}{@code uXXXX}; everything else is kept.
 */
public final class Text {

    /** How many characters of an input an error message quotes before cutting it. */
    public static final int QUOTE_LIMIT = 64;

    private Text() {
    }

    /**
     * Escapes the characters that could split a log line or hide text, and returns the input
     * itself when there is nothing to escape.
     *
     * @param text the text, possibly null
     * @return the escaped text, or {@code "null"} for null
     */
    public static String escape(@Nullable CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        int i = 0;
        while (i < length && !mustEscape(text, i)) {
            i++;
        }
        if (i == length) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(length + 16);
        out.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (mustEscape(text, i)) {
                appendEscaped(out, c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Quotes an input for an error message: in double quotes, escaped, printable ASCII only
     * (anything else as {@code \}{@code uXXXX}), and cut after {@value #QUOTE_LIMIT} characters
     * with a note of the full length.
     *
     * @param text the input, possibly null
     * @return the quoted input, or {@code null} (unquoted) for null
     */
    public static String quote(@Nullable CharSequence text) {
        if (text == null) {
            return "null";
        }
        int length = text.length();
        int shown = Math.min(length, QUOTE_LIMIT);
        StringBuilder out = new StringBuilder(shown + 32).append('"');
        for (int i = 0; i < shown; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                out.append(c);
            } else {
                appendEscaped(out, c);
            }
        }
        out.append('"');
        if (length > shown) {
            out.append("... (").append(length).append(" characters in all)");
        }
        return out.toString();
    }

    /**
     * Describes one character for an error message, such as {@code 'x'} or
     * {@code U+0661 ARABIC-INDIC DIGIT ONE}.
     *
     * @param c the character
     * @return its description
     */
    public static String describe(char c) {
        if (c >= 0x21 && c < 0x7F) {
            return "'" + c + "'";
        }
        String name = Character.getName(c);
        return String.format("U+%04X%s", (int) c, name == null ? "" : " " + name);
    }

    private static boolean mustEscape(CharSequence text, int i) {
        char c = text.charAt(i);
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c < 0x061C) {
            return false;
        }
        switch (c) {
            case '\u061C': case '\u200E': case '\u200F': case '\u2028': case '\u2029':
            case '\u202A': case '\u202B': case '\u202C': case '\u202D': case '\u202E':
            case '\u2066': case '\u2067': case '\u2068': case '\u2069': case '\uFEFF':
                return true;
            default:
                break;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
        }
        return false;
    }

    private static void appendEscaped(StringBuilder out, char c) {
        switch (c) {
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> out.append(String.format("\\u%04X", (int) c));
        }
    }
}
