package dev.azsm.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azsm.api.internal.Redaction;
import dev.azsm.api.internal.Text;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Redaction and escaping")
class RedactionTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SAS query            | GET https://a.blob.core.windows.net/c/x?sv=2022&ss=b&sig=Zx%2B9y%3D&se=2030 | sig=***&se=2030 | Zx%2B9y",
        "SAS in JSON          | {\"url\": \"https://a/c?sig=abcDEF123\"} | sig=***\" | abcDEF123",
        "connection string    | DefaultEndpointsProtocol=https;AccountName=acct;AccountKey=S3cr3tKey==;EndpointSuffix=core.windows.net | AccountKey=***; | S3cr3tKey",
        "shared access key    | Endpoint=sb://x/;SharedAccessKeyName=root;SharedAccessKey=K3yV4lue= | SharedAccessKey=*** | K3yV4lue",
        "SMB URL              | mount smb://CONTOSO;admin:Pa55w0rd!@nas01/share failed | :***@nas01 | Pa55w0rd",
        "HTTP basic in URL    | https://user:hunter2@proxy:8080/ | user:***@proxy | hunter2",
        "bearer header        | Authorization: Bearer eyJ0eXAiOiJKV1Qi.eyJhdWQi.c2ln | Authorization: Bearer *** | eyJ0eXAi",
        "bearer alone         | token was Bearer abc.def-ghi_jkl | Bearer *** | abc.def",
        "basic header         | authorization=Basic dXNlcjpwYXNz | authorization=Basic *** | dXNlcjpwYXNz",
        "password pair        | login user=bob password=hunter2 failed | password=*** failed | hunter2",
        "pwd in conn string   | Server=db;Uid=sa;Pwd=S3cret;Database=x | Pwd=***; | S3cret",
        "client secret        | client_secret: abc123XYZ | client_secret: *** | abc123XYZ",
    })
    @DisplayName("masks every secret form of the corpus and keeps the rest")
    void masks(String kind, String text, String kept, String secret) {
        String redacted = Redaction.redact(text);
        assertThat(redacted).contains(kept).doesNotContain(secret);
    }

    @Test
    @DisplayName("leaves text without secrets as it is, the same instance")
    void noSecrets() {
        String text = "Failed to mount //nas01/share: host is down";
        assertThat(Redaction.redact(text)).isSameAs(text);
        assertThat(Redaction.redact(null)).isNull();
    }

    @Test
    @Timeout(5)
    @DisplayName("stays linear on hostile input (a megabyte built to make patterns backtrack)")
    void linearOnHostileInput() {
        String dots = "a.".repeat(500_000) + "://x:y@host";
        String keys = "password=".repeat(100_000);
        String bearer = "bearer ".repeat(100_000);
        long start = System.nanoTime();
        assertThat(Redaction.redact(dots)).endsWith("://x:***@host");
        assertThat(Redaction.redact(keys)).doesNotContain("password=password=password=x");
        assertThat(Redaction.redact(bearer)).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("escapes what could split a log line or hide text, and nothing else")
    void escapes() {
        assertThat(Text.escape("a\nb\r\tc\u0000d\u001be\u2028f\u202Eg\uFEFFh")).isEqualTo(
                "a\\nb\\r\\tc\\u0000d\\u001Be\\u2028f\\u202Eg\\uFEFFh");
        assertThat(Text.escape("caf\u00e9 \uD83D\uDE00 \u0661")).isEqualTo("caf\u00e9 \uD83D\uDE00 \u0661");
        assertThat(Text.escape("lone \uD800 high")).isEqualTo("lone \\uD800 high");
        assertThat(Text.escape(null)).isEqualTo("null");
    }
}
