package dev.azsm.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.TargetAccessException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("FailureTranslator.defaults()")
class FailureTranslatorTests {

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of(Operation.MOUNT_SOURCE, new AccessDeniedException("/mnt/src"), "AZSM1003"),
                Arguments.of(Operation.MOUNT_SOURCE, new NoSuchFileException("/mnt/src"), "AZSM1004"),
                Arguments.of(Operation.MOUNT_SOURCE, new NotDirectoryException("/mnt/src"), "AZSM1004"),
                Arguments.of(Operation.MOUNT_SOURCE, new FileSystemException("/mnt/src", null, "Permission denied"), "AZSM1003"),
                Arguments.of(Operation.MOUNT_SOURCE, new FileSystemException("/mnt/src", null, "Host is down"), "AZSM1001"),
                Arguments.of(Operation.MOUNT_SOURCE, new UnknownHostException("nas"), "AZSM1001"),
                Arguments.of(Operation.MOUNT_SOURCE, new IllegalStateException("?"), "AZSM1020"),
                Arguments.of(Operation.SCAN_SOURCE, new IOException("readdir"), "AZSM1002"),
                Arguments.of(Operation.SCAN_SOURCE, new FileSystemException("/a", null, "ENOENT"), "AZSM1004"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(403, "AuthorizationPermissionMismatch", "no"), "AZSM1024"),
                Arguments.of(Operation.ACCESS_TARGET, new StorageFailure(403, "AuthorizationPermissionMismatch", "no"), "AZSM1021"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(403, null, null), "AZSM1024"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(403, "AuthenticationFailed", "sig"), "AZSM1025"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(401, null, null), "AZSM1025"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(404, "ContainerNotFound", null), "AZSM1022"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(400, "InvalidResourceName", null), "AZSM1022"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(409, "LeaseAlreadyPresent", null), "AZSM1027"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(409, "LeaseLost", null), "AZSM1023"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(412, "LeaseIdMismatchWithContainerOperation", null), "AZSM1023"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(412, "LeaseNotPresentWithContainerOperation", null), "AZSM1023"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(409, "InvalidBlobType", null), "AZSM1026"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(503, "ServerBusy", null), "AZSM1040"),
                Arguments.of(Operation.CLAIM_TARGET, new StorageFailure(429, null, null), "AZSM1040"),
                Arguments.of(Operation.CLAIM_TARGET, new UnknownHostException("acct.blob.core.windows.net"), "AZSM1031"),
                Arguments.of(Operation.REPORT_PROGRESS, new IOException("send"), "AZSM1041"),
                Arguments.of(Operation.CREATE_JOB, new IOException("create"), "AZSM1042"),
                Arguments.of(Operation.RESUME_JOB, new SocketTimeoutException("resume"), "AZSM1043"),
                Arguments.of(Operation.FINALIZE_JOB, new IOException("final"), "AZSM1044"),
                Arguments.of(Operation.FINALIZE_JOB, new InterruptedException("stop"), "AZSM1045"),
                Arguments.of(Operation.CREATE_JOB, new CancellationException("stop"), "AZSM1045"),
                Arguments.of(Operation.CREATE_JOB, new IllegalStateException("?"), "AZSM1060"),
                Arguments.of(Operation.SCAN_ITEM, new IOException("stat"), "AZSM2061"),
                Arguments.of(Operation.READ_ITEM, new AccessDeniedException("a.txt"), "AZSM2062"),
                Arguments.of(Operation.READ_ITEM, new IOException("EIO"), "AZSM2063"),
                Arguments.of(Operation.READ_ITEM, new SocketTimeoutException("read"), "AZSM2064"),
                Arguments.of(Operation.READ_ITEM, new TimeoutException("read"), "AZSM2064"),
                Arguments.of(Operation.READ_ITEM, new FileSystemException("a", null, "File name too long"), "AZSM2023"),
                Arguments.of(Operation.WRITE_ITEM, new IOException("connection reset"), "AZSM2065"),
                Arguments.of(Operation.WRITE_ITEM, new StorageFailure(500, "InternalError", null), "AZSM2066"),
                Arguments.of(Operation.WRITE_ITEM, new StorageFailure(504, null, null), "AZSM2067"),
                Arguments.of(Operation.WRITE_ITEM, new StorageFailure(403, "AuthorizationPermissionMismatch", null), "AZSM2069"),
                Arguments.of(Operation.WRITE_ITEM, new StorageFailure(412, "LeaseIdMissing", null), "AZSM2070"),
                Arguments.of(Operation.WRITE_ITEM, new StorageFailure(400, "InvalidResourceName", null), "AZSM2022"),
                Arguments.of(Operation.WRITE_ITEM, new StorageFailure(413, "RequestBodyTooLarge", null), "AZSM2026"),
                Arguments.of(Operation.WRITE_ITEM, new IllegalStateException("?"), "AZSM2080"),
                Arguments.of(Operation.SCAN_TARGET_ITEM, new IOException("list"), "AZSM2068"),
                Arguments.of(Operation.READ_ITEM, new UncheckedIOException(new AccessDeniedException("b")), "AZSM2062"),
                Arguments.of(Operation.READ_ITEM, new CompletionException(new SocketTimeoutException("t")), "AZSM2064"));
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @MethodSource("table")
    @DisplayName("picks the code for what the agent was doing, never null, keeping the original as the cause")
    void translates(Operation operation, Throwable failure, String code) {
        AzsmException e = FailureTranslator.defaults().translate(operation, failure, Map.of(ContextKeys.JOB_RUN, "r"));
        assertThat(e).isNotNull().hasCause(failure);
        assertThat(e.code()).hasToString(code);
        assertThat(e.scope()).isEqualTo(operation.scope());
        assertThat(e.context()).containsEntry(ContextKeys.JOB_RUN, "r")
                .containsEntry(ContextKeys.OPERATION, operation.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(e.detail()).isPresent();
    }

    @Test
    @DisplayName("lets an AzsmException through unchanged")
    void passesThrough() {
        AzsmException original = AzsmErrors.fromCode("AZSM1023", "lease");
        assertThat(FailureTranslator.defaults().translate(Operation.READ_ITEM, original, Map.of())).isSameAs(original);
    }

    @Test
    @DisplayName("chains: a user's translator goes first, the next answers what it does not know")
    void chains() {
        FailureTranslator mine = (op, failure, context) -> failure instanceof IllegalStateException
                ? JobErrors.targetContainerBusy("c1", failure) : null;
        FailureTranslator chain = mine.orElse(FailureTranslator.defaults());
        assertThat(chain.translate(Operation.CLAIM_TARGET, new IllegalStateException("busy"), Map.of()))
                .isInstanceOf(TargetAccessException.class).extracting(AzsmException::code).hasToString("AZSM1027");
        assertThat(chain.translate(Operation.CLAIM_TARGET, new StorageFailure(409, "LeaseLost", null), Map.of()).code())
                .hasToString("AZSM1023");
        FailureTranslator never = (op, failure, context) -> null;
        assertThat(never.translateOrFallback(Operation.WRITE_ITEM, new IOException("x"), null).code()).hasToString("AZSM2065");
    }

    @Test
    @DisplayName("masks a secret in the low-level failure's message")
    void redacts() {
        AzsmException e = FailureTranslator.defaults().translate(Operation.CLAIM_TARGET,
                new StorageFailure(403, "AuthenticationFailed", "https://a.blob.core.windows.net/c?sv=1&sig=SECRET123"), Map.of());
        assertThat(e.getMessage()).contains("sig=***").doesNotContain("SECRET123");
    }
}
