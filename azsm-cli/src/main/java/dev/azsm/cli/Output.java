package dev.azsm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.azsm.api.internal.Text;
import dev.azsm.client.internal.ResourceJson;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Where a command writes: standard output and error, whether output is a terminal, and whether
 * colour is allowed (only on a terminal, never with {@code NO_COLOR} or {@code TERM=dumb}).
 *
 * @param out      standard output
 * @param err      standard error
 * @param terminal whether standard output is a terminal
 * @param colour   whether to use ANSI colour
 * @param env      the environment the command runs in
 */
record Output(PrintWriter out, PrintWriter err, boolean terminal, boolean colour, Map<String, String> env) {

    static Output of(PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        boolean colour = terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
        return new Output(out, err, terminal, colour, Map.copyOf(env));
    }

    String bold(String text) {
        return colour ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    String red(String text) {
        return colour ? "\u001b[31m" + text + "\u001b[0m" : text;
    }

    String green(String text) {
        return colour ? "\u001b[32m" + text + "\u001b[0m" : text;
    }

    /** Writes an error for people: {@code azsm: <message>}, on one line. */
    void error(String message) {
        err.println("azsm: " + Text.escape(message));
        err.flush();
    }

    /** Writes a value as indented JSON, followed by a new line. */
    void json(Object value) {
        try {
            out.println(ResourceJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON output", e);
        }
        out.flush();
    }

    /** Writes one aligned "  name:  value" line, the value escaped. */
    void row(String name, String value) {
        out.printf("  %-14s %s%n", name + ":", Text.escape(value));
    }

    /** Wraps text at a width, indenting every line. */
    static String wrap(String text, int width, String indent) {
        StringBuilder out = new StringBuilder();
        StringBuilder line = new StringBuilder(indent);
        for (String word : Text.escape(text).split(" ")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) {
                line.append(' ');
            }
            line.append(word);
        }
        return out.append(line).toString();
    }
}
