package dev.azsm.client;

/**
 * A copy-log record that could not be read as it is, or holds a code that is not a file code:
 * where it is and what is wrong.
 *
 * @param line    the line (or row) number, from 1
 * @param reason  what is wrong, and what was expected
 * @param skipped whether the record was skipped (true) or read with the problem noted (false)
 */
public record RecordProblem(long line, String reason, boolean skipped) {

    @Override
    public String toString() {
        return "line " + line + ": " + reason + (skipped ? " (skipped)" : "");
    }
}
