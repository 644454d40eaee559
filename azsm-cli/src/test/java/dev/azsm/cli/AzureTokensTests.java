package dev.azsm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Only the explicit-token path is tested: DefaultAzureCredential would probe the network (the
 * managed-identity endpoint is not on loopback), which tests must never do.
 */
@DisplayName("Azure tokens for the command")
class AzureTokensTests {

    @Test
    @DisplayName("take AZSM_ACCESS_TOKEN when it is set, without asking DefaultAzureCredential")
    void fromEnvironment() {
        dev.azsm.client.AccessToken token = new AzureTokens(Map.of("AZSM_ACCESS_TOKEN", " abc.def \n")).getToken();
        assertThat(token.token()).isEqualTo("abc.def");
        assertThat(token.toString()).doesNotContain("abc.def");
    }
}
