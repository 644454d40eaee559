package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileException;
import dev.azsm.api.SourceAccessException;
import io.vavr.control.Either;
import io.vavr.control.Try;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("AzsmTry")
class AzsmTryTests {

    @Test
    @DisplayName("attempt gives the result on the right, or the typed failure on the left")
    void attempt() {
        assertThat(AzsmTry.attempt(Operation.MOUNT_SOURCE, () -> "mounted", null)).isEqualTo(Either.right("mounted"));
        Either<AzsmException, String> failed = AzsmTry.attempt(Operation.MOUNT_SOURCE,
                () -> { throw new AccessDeniedException("/src"); }, Map.of(ContextKeys.SOURCE, "//nas/s"));
        assertThat(failed.getLeft()).isInstanceOf(SourceAccessException.class)
                .extracting(AzsmException::code).hasToString("AZSM1003");
        assertThat(failed.getLeft().context()).containsEntry(ContextKeys.SOURCE, "//nas/s");
    }

    @Test
    @DisplayName("recoverCode recovers only the given code")
    void recoverCode() {
        Try<String> busy = Try.failure(JobErrors.targetContainerBusy("c", null));
        assertThat(AzsmTry.recoverCode(busy, "AZSM1027", e -> "waited").get()).isEqualTo("waited");
        assertThat(AzsmTry.recoverCode(busy, "AZSM1023", e -> "no").isFailure()).isTrue();
        Try<String> other = Try.failure(new IOException("x"));
        assertThat(AzsmTry.recoverCode(other, "AZSM1027", e -> "no").getCause()).isInstanceOf(IOException.class);
    }

    @Test
    @DisplayName("forEachItem collects per-item failures next to successes, in order, without throwing")
    void forEachItem() {
        AzsmTry.Outcomes<Integer> outcomes = AzsmTry.forEachItem(List.of("a", "bad", "ccc", "denied"),
                Operation.READ_ITEM, s -> "dir/" + s, s -> {
                    if (s.equals("bad")) {
                        throw new IOException("EIO");
                    }
                    if (s.equals("denied")) {
                        throw new AccessDeniedException(s);
                    }
                    return s.length();
                });
        assertThat(outcomes.successes()).containsExactly(1, 3);
        assertThat(outcomes.allSucceeded()).isFalse();
        assertThat(outcomes.failures()).extracting(e -> e.code().toString()).containsExactly("AZSM2063", "AZSM2062");
        assertThat(outcomes.failures()).allSatisfy(e -> assertThat(e).isInstanceOf(FileException.class));
        assertThat(((FileException) outcomes.failures().get(0)).itemPath()).contains("dir/bad");
    }
}
