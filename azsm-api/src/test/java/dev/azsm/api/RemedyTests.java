package dev.azsm.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Remedy")
class RemedyTests {

    @Test
    @DisplayName("only RETRY is retryable")
    void onlyRetryIsRetryable() {
        assertThat(Arrays.stream(Remedy.values()).filter(Remedy::isRetryable)).containsExactly(Remedy.RETRY);
    }

    @ParameterizedTest
    @EnumSource(value = Remedy.class, names = {"RETRY", "NONE"}, mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("every other failure remedy needs a person")
    void needsPerson(Remedy remedy) {
        assertThat(remedy.needsPerson()).isTrue();
        assertThat(remedy.description()).isNotBlank();
    }

    @Test
    @DisplayName("maps scope digits both ways")
    void scopeDigits() {
        for (Scope scope : Scope.values()) {
            assertThat(Scope.ofDigit(scope.digit())).isSameAs(scope);
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Scope.ofDigit(3))
                .withMessage("Scope digit 3 is not a scope of the scheme: expected 0 (agent), 1 (job) or 2 (file)");
    }
}
