package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.Scope;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the parser and the mapping, each over 100,000 generated strings in {@code verify}
 * (1,000,000 with {@code -Pstress}): any string, strings near a code, and hostile characters.
 */
@Label("Parser and mapping properties")
class ParserPropertiesTests {

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                nearCodes(),
                Arbitraries.strings().withChars("AZSM0123456789azsm+- \t\n\u0000\u200F\u0661\uFF11\u0410\uD800")
                        .ofMinLength(0).ofMaxLength(12),
                Arbitraries.strings().all().ofMinLength(65).ofMaxLength(400));
    }

    /** Codes with one character replaced, inserted or removed. */
    @Provide
    Arbitrary<String> nearCodes() {
        Arbitrary<String> code = Arbitraries.integers().between(0, 9999).map(v -> String.format("AZSM%04d", v));
        Arbitrary<Character> any = Arbitraries.chars().all();
        return Combinators.combine(code, Arbitraries.integers().between(0, 8), any, Arbitraries.integers().between(0, 2))
                .as((c, at, ch, edit) -> switch (edit) {
                    case 0 -> at < c.length() ? c.substring(0, at) + ch + c.substring(at + 1) : c + ch;
                    case 1 -> c.substring(0, Math.min(at, c.length())) + ch + c.substring(Math.min(at, c.length()));
                    default -> at < c.length() ? c.substring(0, at) + c.substring(at + 1) : c;
                });
    }

    @Property
    @Label("tryParse never throws, and agrees with parse and isWellFormed")
    void tryParseNeverThrows(@ForAll("anyText") String text) {
        boolean wellFormed = AzsmCode.isWellFormed(text);
        assertThat(AzsmCode.tryParse(text).isPresent()).isEqualTo(wellFormed);
        Throwable thrown = catchThrowable(() -> AzsmCode.parse(text));
        if (wellFormed) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
            String message = thrown.getMessage();
            assertThat(message).startsWith("Invalid Storage Mover status code \"").matches("[\\x20-\\x7E]+");
            String quoted = message.substring("Invalid Storage Mover status code ".length());
            int shown = Math.min(text.length(), 64);
            assertThat(quoted.length()).isLessThan(shown * 6 + 60 + message.length() - quoted.length() + 400);
            if (text.length() > 64) {
                assertThat(message).contains("(" + text.length() + " characters in all)");
            }
        }
    }

    @Property
    @Label("every well-formed code round-trips to its canonical instance")
    void roundTrip(@ForAll @IntRange(min = 0, max = 2999) int value) {
        AzsmCode code = AzsmCode.of(value);
        assertThat(AzsmCode.parse(code.toString())).isSameAs(code);
        assertThat(AzsmCode.tryParse(code.toString())).containsSame(code);
    }

    @Property
    @Label("a reported code never breaks the mapping: any text gives a typed exception that keeps it")
    void reportedCodesNeverThrow(@ForAll("anyText") String raw, @ForAll("nearCodes") String message, @ForAll Scope scope) {
        AzsmException e = AzsmErrors.fromReportedCode(scope, raw, message, Map.of(ContextKeys.JOB_RUN, "r"), false);
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
        if (!AzsmCode.tryParse(raw).map(c -> c.block().isFailure()).orElse(false)) {
            assertThat(e.context()).containsEntry(ContextKeys.RAW_CODE, raw);
            assertThat(e.code()).isEqualTo(AzsmErrors.miscellaneousFailure(scope));
        }
    }

    @Property
    @Label("fromCode throws only IllegalArgumentException, and maps every well-formed failure code")
    void fromCodeIsTotal(@ForAll("anyText") String code) {
        Throwable thrown = catchThrowable(() -> AzsmErrors.fromCode(code, "m"));
        AzsmCode parsed = AzsmCode.tryParse(code).orElse(null);
        if (parsed != null && parsed.block().isFailure()) {
            assertThat(thrown).isNull();
        } else {
            assertThat(thrown).isExactlyInstanceOf(IllegalArgumentException.class);
        }
    }
}
