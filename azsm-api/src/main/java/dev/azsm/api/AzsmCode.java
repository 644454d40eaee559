package dev.azsm.api;

import dev.azsm.api.internal.Text;
import java.io.InvalidObjectException;
import java.io.Serial;
import java.io.Serializable;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A Storage Mover status code: {@code AZSM} followed by four ASCII digits, the first of which is
 * the {@link Scope}.
 *
 * <p>Each of the 3000 codes ({@code AZSM0000}..{@code AZSM2999}) exists exactly once: parsing and
 * {@link #of(int)} return the canonical instance without allocating, so codes may be compared with
 * {@code ==} as well as {@link #equals(Object)}. Parsing is strict: lower case, white space, signs,
 * non-ASCII digits and any other length are rejected with a message that quotes the input and says
 * what is wrong.
 *
 * <pre>{@code
 * AzsmCode code = AzsmCode.parse("AZSM1024");
 * code.scope();                       // = JOB
 * code.block().name();                // = Optional[target]
 * AzsmCode.tryParse("azsm1024");      // = Optional.empty
 * AzsmCode.of(1024) == code;          // = true
 * }</pre>
 *
 * <p>Serialization keeps only the number and resolves to the canonical instance.
 */
public final class AzsmCode implements Comparable<AzsmCode>, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The largest code value of the known scopes ({@code AZSM2999}). */
    public static final int MAX_VALUE = 2999;

    private static final String PREFIX = "AZSM";
    private static final String EXPECTED = "expected \"AZSM\" followed by four ASCII digits whose first is the scope"
            + " (0 agent, 1 job, 2 file), such as \"AZSM1024\"";

    private static final AzsmCode[] CODES = new AzsmCode[MAX_VALUE + 1];
    @SuppressWarnings("unchecked")
    private static final Optional<AzsmCode>[] PRESENT = new Optional[MAX_VALUE + 1];

    static {
        for (int value = 0; value <= MAX_VALUE; value++) {
            CODES[value] = new AzsmCode(value);
            PRESENT[value] = Optional.of(CODES[value]);
        }
    }

    /** {@code AZSM0000}: successful operation, at any scope. */
    public static final AzsmCode SUCCESS = CODES[0];

    /** The code's number, 0..2999; the only serialized field. */
    private final int value;
    private final transient String text;

    private AzsmCode(int value) {
        this.value = value;
        this.text = PREFIX + (char) ('0' + value / 1000) + (char) ('0' + value / 100 % 10)
                + (char) ('0' + value / 10 % 10) + (char) ('0' + value % 10);
    }

    /**
     * Parses a status code strictly.
     *
     * @param text exactly {@code AZSM} and four ASCII digits, the first 0, 1 or 2
     * @return the canonical code
     * @throws IllegalArgumentException if the text is null or not such a code; the message quotes
     *     the input (escaped, cut to 64 characters) and says what is wrong
     */
    public static AzsmCode parse(@Nullable CharSequence text) {
        int value = decode(text);
        if (value < 0) {
            throw new IllegalArgumentException(problem(text));
        }
        return CODES[value];
    }

    /**
     * Parses a status code strictly, without throwing.
     *
     * @param text the text, possibly null
     * @return the canonical code, or empty if the text is not exactly a code
     */
    public static Optional<AzsmCode> tryParse(@Nullable CharSequence text) {
        int value = decode(text);
        return value < 0 ? Optional.empty() : PRESENT[value];
    }

    /**
     * Tells whether a text is exactly a status code, as {@link #parse} would accept it.
     *
     * @param text the text, possibly null
     * @return whether {@link #parse} accepts it
     */
    public static boolean isWellFormed(@Nullable CharSequence text) {
        return decode(text) >= 0;
    }

    /**
     * Returns the code with the given number.
     *
     * @param value 0..2999, such as {@code 1024} for {@code AZSM1024}
     * @return the canonical code
     * @throws IllegalArgumentException if the value is outside 0..2999
     */
    public static AzsmCode of(int value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new IllegalArgumentException("Status code value " + value + " is out of range: expected 0.."
                    + MAX_VALUE + " (the scope digit 0 agent, 1 job or 2 file, then three digits)");
        }
        return CODES[value];
    }

    /**
     * Explains why a text is not a status code, in the words {@link #parse} uses.
     *
     * @param text the text, possibly null
     * @return the explanation, or empty if the text is a well-formed code
     */
    public static Optional<String> problemWith(@Nullable CharSequence text) {
        return decode(text) >= 0 ? Optional.empty() : Optional.of(problem(text));
    }

    /**
     * Returns the code's number: {@code 1024} for {@code AZSM1024}.
     *
     * @return 0..2999
     */
    public int value() {
        return value;
    }

    /**
     * Returns the number within the scope, the last three digits: {@code 24} for {@code AZSM1024}.
     *
     * @return 0..999
     */
    public int numberInScope() {
        return value % 1000;
    }

    /**
     * Returns the scope, given by the first digit.
     *
     * @return the scope
     */
    public Scope scope() {
        return Scope.ofDigit(value / 1000);
    }

    /**
     * Returns whether this is {@code AZSM0000}, success at any scope.
     *
     * @return whether this is {@link #SUCCESS}
     */
    public boolean isSuccess() {
        return value == 0;
    }

    /**
     * Returns the sub-category block of 20 that the code falls in.
     *
     * @return the block, never null
     */
    public CodeBlock block() {
        return CodeBlock.of(this);
    }

    /**
     * Returns whether this is the miscellaneous code of its block, the block's last number.
     *
     * @return whether this is {@code block().miscellaneous()}
     */
    public boolean isMiscellaneous() {
        return block().miscellaneous() == this && !isSuccess();
    }

    @Override
    public int compareTo(AzsmCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof AzsmCode code && code.value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /**
     * Returns the code as written: {@code "AZSM1024"}.
     *
     * @return the code's text
     */
    @Override
    public String toString() {
        return text;
    }

    // -1 when not a code. Kept free of allocation and branches on the common path.
    private static int decode(@Nullable CharSequence s) {
        if (s == null || s.length() != 8
                || s.charAt(0) != 'A' || s.charAt(1) != 'Z' || s.charAt(2) != 'S' || s.charAt(3) != 'M') {
            return -1;
        }
        int d0 = s.charAt(4) - '0';
        int d1 = s.charAt(5) - '0';
        int d2 = s.charAt(6) - '0';
        int d3 = s.charAt(7) - '0';
        if (Integer.compareUnsigned(d0, 2) > 0 || Integer.compareUnsigned(d1, 9) > 0
                || Integer.compareUnsigned(d2, 9) > 0 || Integer.compareUnsigned(d3, 9) > 0) {
            return -1;
        }
        return d0 * 1000 + d1 * 100 + d2 * 10 + d3;
    }

    private static String problem(@Nullable CharSequence s) {
        if (s == null) {
            return "Storage Mover status code is null: " + EXPECTED;
        }
        return "Invalid Storage Mover status code " + Text.quote(s) + ": " + reason(s) + "; " + EXPECTED;
    }

    private static String reason(CharSequence s) {
        int length = s.length();
        if (length == 0) {
            return "it is empty";
        }
        String string = s.toString();
        String stripped = string.strip();
        if (!stripped.equals(string)) {
            return isWellFormed(stripped) ? "it has white space before or after the code" : "it has white space before or after it";
        }
        for (int i = 0; i < length; i++) {
            if (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i))) {
                return "it has white space (" + Text.describe(s.charAt(i)) + ") at position " + (i + 1);
            }
        }
        if (length >= 4 && !string.startsWith(PREFIX)) {
            if (string.regionMatches(true, 0, PREFIX, 0, 4)) {
                return "the prefix \"" + string.substring(0, 4) + "\" must be upper-case \"AZSM\"";
            }
            for (int i = 0; i < 4; i++) {
                char c = s.charAt(i);
                if (c > 0x7F) {
                    return "it does not start with \"AZSM\": character " + (i + 1) + " is " + Text.describe(c)
                            + ", not the ASCII letter '" + PREFIX.charAt(i) + "'";
                }
            }
            return "it does not start with \"AZSM\"";
        }
        if (length != 8) {
            if (length > 4 && string.startsWith(PREFIX) && string.substring(4).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return "it has " + (length - 4) + " digits after \"AZSM\" where a code has exactly 4";
            }
            if (length < 4) {
                return "it has " + length + " characters where a code has exactly 8 and starts with \"AZSM\"";
            }
            return "it has " + length + " characters where a code has exactly 8";
        }
        for (int i = 4; i < 8; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                continue;
            }
            if (c == '+' || c == '-') {
                return "character " + (i + 1) + " is the sign '" + c + "', and a code has no sign";
            }
            if (Character.isDigit(c)) {
                return "character " + (i + 1) + " is " + Text.describe(c) + ", not an ASCII digit 0-9";
            }
            return "character " + (i + 1) + " is " + Text.describe(c) + " where an ASCII digit 0-9 is expected";
        }
        return "the scope digit " + s.charAt(4) + " is not a scope of the scheme (0 agent, 1 job, 2 file)";
    }

    @Serial
    private Object readResolve() throws InvalidObjectException {
        if (value < 0 || value > MAX_VALUE) {
            throw new InvalidObjectException("Serialized status code value " + value + " is outside 0.." + MAX_VALUE);
        }
        return CODES[value];
    }
}
