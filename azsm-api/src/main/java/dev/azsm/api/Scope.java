package dev.azsm.api;

/**
 * The high-level scope of a status code, given by its first digit: {@code AZSM0...} agent,
 * {@code AZSM1...} job, {@code AZSM2...} file or directory.
 *
 * <pre>{@code
 * AzsmCode.parse("AZSM1024").scope()   // = JOB
 * Scope.JOB.digit()                    // = 1
 * }</pre>
 */
public enum Scope {
    /** Status that applies to the entire agent ({@code AZSM0xxx}). */
    AGENT(0, "agent"),
    /** Status that applies to a job run by the agent ({@code AZSM1xxx}). */
    JOB(1, "job"),
    /** Status that applies to one file or directory transferred by a job ({@code AZSM2xxx}). */
    FILE(2, "file");

    private static final Scope[] BY_DIGIT = values();

    private final int digit;
    private final String label;

    Scope(int digit, String label) {
        this.digit = digit;
        this.label = label;
    }

    /**
     * Returns the scope digit, the first of a code's four digits.
     *
     * @return 0, 1 or 2
     */
    public int digit() {
        return digit;
    }

    /**
     * Returns the scope's lower-case name for people, such as {@code "job"}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the scope with the given digit.
     *
     * @param digit the first digit of a code
     * @return the scope
     * @throws IllegalArgumentException if the digit is not 0, 1 or 2
     */
    public static Scope ofDigit(int digit) {
        if (digit < 0 || digit >= BY_DIGIT.length) {
            throw new IllegalArgumentException(
                    "Scope digit " + digit + " is not a scope of the scheme: expected 0 (agent), 1 (job) or 2 (file)");
        }
        return BY_DIGIT[digit];
    }
}
