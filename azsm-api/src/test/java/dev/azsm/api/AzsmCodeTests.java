package dev.azsm.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("AzsmCode")
class AzsmCodeTests {

    static IntStream allValues() {
        return IntStream.rangeClosed(0, AzsmCode.MAX_VALUE);
    }

    @Nested
    @DisplayName("parsing a well-formed code")
    class WellFormed {

        @Test
        @DisplayName("round-trips every one of the 3000 codes to its canonical instance")
        void roundTripsAllCodes() {
            for (int value = 0; value <= AzsmCode.MAX_VALUE; value++) {
                AzsmCode code = AzsmCode.of(value);
                assertThat(AzsmCode.parse(code.toString())).isSameAs(code);
                assertThat(AzsmCode.tryParse(code.toString())).containsSame(code);
                assertThat(AzsmCode.parse(new StringBuilder(code.toString()))).isSameAs(code);
                assertThat(code.value()).isEqualTo(value);
                assertThat(code.toString()).isEqualTo(String.format("AZSM%04d", value));
            }
        }

        @Test
        @DisplayName("tryParse returns the same Optional instance for a code (no allocation)")
        void tryParseIsCanonical() {
            assertThat(AzsmCode.tryParse("AZSM1024")).isSameAs(AzsmCode.tryParse("AZSM1024"));
        }

        @ParameterizedTest(name = "{0} is scope {1}, number {2}")
        @CsvSource({"AZSM0000, AGENT, 0", "AZSM0001, AGENT, 1", "AZSM1024, JOB, 24", "AZSM2999, FILE, 999"})
        void knowsScopeAndNumber(String text, Scope scope, int number) {
            AzsmCode code = AzsmCode.parse(text);
            assertThat(code.scope()).isEqualTo(scope);
            assertThat(code.numberInScope()).isEqualTo(number);
        }

        @Test
        @DisplayName("AZSM0000 is SUCCESS and the only success")
        void success() {
            assertThat(AzsmCode.parse("AZSM0000")).isSameAs(AzsmCode.SUCCESS);
            assertThat(AzsmCode.SUCCESS.isSuccess()).isTrue();
            assertThat(allValues().filter(v -> AzsmCode.of(v).isSuccess())).containsExactly(0);
        }
    }

    @Nested
    @DisplayName("parsing rejects, with a message that quotes the input and says what is wrong,")
    class Malformed {

        private static final String EXPECTED = "; expected \"AZSM\" followed by four ASCII digits whose first is the"
                + " scope (0 agent, 1 job, 2 file), such as \"AZSM1024\"";

        @Test
        @DisplayName("null")
        void rejectsNull() {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse(null))
                    .withMessage("Storage Mover status code is null: expected \"AZSM\" followed by four ASCII digits"
                            + " whose first is the scope (0 agent, 1 job, 2 file), such as \"AZSM1024\"");
            assertThat(AzsmCode.tryParse(null)).isEmpty();
        }

        @ParameterizedTest(name = "[{index}] {1}")
        @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
            "''                    | it is empty",
            "azsm1024              | the prefix \"azsm\" must be upper-case \"AZSM\"",
            "Azsm1024              | the prefix \"Azsm\" must be upper-case \"AZSM\"",
            "' AZSM1024'           | it has white space before or after the code",
            "'AZSM1024 '           | it has white space before or after the code",
            "'AZSM 1024'           | it has white space (U+0020 SPACE) at position 5",
            "AZSM+123              | character 5 is the sign '+', and a code has no sign",
            "AZSM1-23              | character 6 is the sign '-', and a code has no sign",
            "AZSM10245             | it has 5 digits after \"AZSM\" where a code has exactly 4",
            "AZSM102               | it has 3 digits after \"AZSM\" where a code has exactly 4",
            "AZSM                  | it has 4 characters where a code has exactly 8",
            "AZS                   | it has 3 characters where a code has exactly 8 and starts with \"AZSM\"",
            "AZSM10x4              | character 7 is 'x' where an ASCII digit 0-9 is expected",
            "AZSM3001              | the scope digit 3 is not a scope of the scheme (0 agent, 1 job, 2 file)",
            "AZSM9999              | the scope digit 9 is not a scope of the scheme (0 agent, 1 job, 2 file)",
            "XYZM1024              | it does not start with \"AZSM\"",
            "ERR-1024              | it does not start with \"AZSM\"",
        })
        void rejects(String input, String reason) {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse(input))
                    .withMessage("Invalid Storage Mover status code \"" + input + "\": " + reason + EXPECTED);
            assertThat(AzsmCode.tryParse(input)).isEmpty();
            assertThat(AzsmCode.isWellFormed(input)).isFalse();
            assertThat(AzsmCode.problemWith(input)).contains("Invalid Storage Mover status code \"" + input + "\": "
                    + reason + EXPECTED);
        }

        @Test
        @DisplayName("Unicode digits, escaped in the quote and named in the reason")
        void rejectsUnicodeDigits() {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse("AZSM\u0661\u0660\u0662\u0664"))
                    .withMessage("Invalid Storage Mover status code \"AZSM\\u0661\\u0660\\u0662\\u0664\": character 5 is"
                            + " U+0661 ARABIC-INDIC DIGIT ONE, not an ASCII digit 0-9" + EXPECTED);
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse("AZSM\uFF11024"))
                    .withMessageContaining("character 5 is U+FF11 FULLWIDTH DIGIT ONE, not an ASCII digit 0-9");
        }

        @Test
        @DisplayName("a look-alike letter (Cyrillic A)")
        void rejectsLookAlike() {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse("\u0410ZSM1024"))
                    .withMessage("Invalid Storage Mover status code \"\\u0410ZSM1024\": it does not start with \"AZSM\":"
                            + " character 1 is U+0410 CYRILLIC CAPITAL LETTER A, not the ASCII letter 'A'" + EXPECTED);
        }

        @Test
        @DisplayName("control characters, escaped so the message stays on one line")
        void rejectsControlCharacters() {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse("AZSM1024\n"))
                    .withMessageStartingWith("Invalid Storage Mover status code \"AZSM1024\\n\": it has white space")
                    .withMessageNotContaining("\n");
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse("AZSM10\u000024"))
                    .withMessageStartingWith("Invalid Storage Mover status code \"AZSM10\\u000024\"")
                    .withMessageContaining("it has 9 characters");
        }

        @Test
        @DisplayName("a very long input, quoted only up to 64 characters")
        void truncatesLongInput() {
            String input = "AZSM1024" + "x".repeat(10_000);
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse(input))
                    .withMessage("Invalid Storage Mover status code \"AZSM1024" + "x".repeat(56)
                            + "\"... (10008 characters in all): it has 10008 characters where a code has exactly 8"
                            + EXPECTED);
        }

        @Test
        @DisplayName("a value out of range in of(int)")
        void rejectsOutOfRangeValues() {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.of(3000))
                    .withMessage("Status code value 3000 is out of range: expected 0..2999 (the scope digit 0 agent,"
                            + " 1 job or 2 file, then three digits)");
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.of(-1)).withMessageContaining("-1");
        }

        @ParameterizedTest
        @ValueSource(strings = {"AZSM10\uD83D24", "AZSM\uDC00024", "\u200FAZSM1024", "AZSM\u20281024"})
        @DisplayName("surrogates and invisible marks, without ever leaking them raw")
        void rejectsInvisibleCharacters(String input) {
            assertThatIllegalArgumentException().isThrownBy(() -> AzsmCode.parse(input))
                    .satisfies(e -> assertThat(e.getMessage()).matches("[\\x20-\\x7E]+"));
        }
    }

    @Nested
    @DisplayName("as a value")
    class AsValue {

        @Test
        @DisplayName("orders by number")
        void ordersByNumber() {
            List<AzsmCode> codes = new ArrayList<>(allValues().mapToObj(AzsmCode::of).toList());
            Collections.shuffle(codes, new Random(42));
            Collections.sort(codes);
            assertThat(codes).isSortedAccordingTo((a, b) -> Integer.compare(a.value(), b.value()))
                    .first().isSameAs(AzsmCode.SUCCESS);
        }

        @Test
        @DisplayName("is equal only to the same code, with the number as hash")
        void equality() {
            assertThat(AzsmCode.of(1024)).isEqualTo(AzsmCode.parse("AZSM1024")).hasSameHashCodeAs(1024)
                    .isNotEqualTo(AzsmCode.of(1023)).isNotEqualTo("AZSM1024");
        }

        @Test
        @DisplayName("serializes as its number and deserializes to the canonical instance")
        void serializesCanonically() throws Exception {
            for (int value : new int[] {0, 1, 1024, 2999}) {
                AzsmCode code = AzsmCode.of(value);
                assertThat(roundTrip(code)).isSameAs(code);
            }
        }

        @Test
        @DisplayName("refuses a serialized form whose number is out of range")
        void refusesTamperedForm() throws Exception {
            byte[] bytes = serialize(AzsmCode.of(1024));
            // The int field is the last four bytes of the stream: 1024 = 00 00 04 00.
            int at = bytes.length - 4;
            assertThat(bytes[at + 2]).isEqualTo((byte) 4);
            bytes[at] = 0x7F;
            assertThatThrownBy(() -> deserialize(bytes)).isInstanceOf(InvalidObjectException.class)
                    .hasMessageContaining("outside 0..2999");
        }
    }

    static byte[] serialize(Object object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    static Object deserialize(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T object) throws Exception {
        return (T) deserialize(serialize(object));
    }
}
