package dev.azsm.core.internal;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.ContextKeys;
import dev.azsm.core.ErrorCatalog;
import dev.azsm.core.FailureTranslator;
import dev.azsm.core.Operation;
import dev.azsm.core.StorageFailure;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * azsm's own {@link FailureTranslator}: a table from (operation, kind of failure) to code. It
 * recognises every failure, falling back to the operation's miscellaneous code.
 */
public final class DefaultFailureTranslator implements FailureTranslator {

    /** The one instance. */
    public static final DefaultFailureTranslator INSTANCE = new DefaultFailureTranslator();

    /** The kinds of failure the table tells apart. */
    enum Kind { PERMISSION, AUTHENTICATION, NOT_FOUND, INVALID_NAME, NAME_TOO_LONG, TOO_LARGE, LEASE_PRESENT,
        LEASE_LOST, BLOB_TYPE, UNKNOWN_HOST, TIMEOUT, ABORTED, REFUSED, IO, OTHER }

    private DefaultFailureTranslator() {
    }

    @Override
    public AzsmException translate(Operation operation, Throwable failure, Map<String, String> context) {
        if (failure instanceof AzsmException already) {
            return already;
        }
        Throwable root = unwrap(failure);
        if (root instanceof AzsmException already) {
            return already;
        }
        int code = code(operation, kind(root));
        Map<String, String> kept = new LinkedHashMap<>(context);
        kept.putIfAbsent(ContextKeys.OPERATION, operation.name().toLowerCase(Locale.ROOT));
        return ErrorCatalog.defaults().newException(AzsmCode.of(code), root.toString(), kept, failure, true);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; depth < 16 && current.getCause() != null && isWrapper(current); depth++) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean isWrapper(Throwable t) {
        return t instanceof UncheckedIOException || t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException
                || (t.getClass() == RuntimeException.class && t.getMessage() != null
                        && t.getMessage().equals(String.valueOf(t.getCause())));
    }

    static Kind kind(Throwable t) {
        if (t instanceof StorageFailure s) {
            return storageKind(s);
        }
        if (t instanceof AccessDeniedException) {
            return Kind.PERMISSION;
        }
        if (t instanceof NoSuchFileException || t instanceof NotDirectoryException) {
            return Kind.NOT_FOUND;
        }
        if (t instanceof UnknownHostException) {
            return Kind.UNKNOWN_HOST;
        }
        // SocketTimeoutException is an InterruptedIOException; java.net.http's timeouts are matched by
        // name so that azsm-core need not require the java.net.http module.
        if (t instanceof InterruptedIOException || t instanceof TimeoutException
                || t.getClass().getName().startsWith("java.net.http.Http") && t.getClass().getName().endsWith("TimeoutException")) {
            return Kind.TIMEOUT;
        }
        if (t instanceof InterruptedException || t instanceof CancellationException) {
            return Kind.ABORTED;
        }
        if (t instanceof FileSystemException fs) {
            return errnoKind(fs.getReason() == null ? String.valueOf(fs.getMessage()) : fs.getReason());
        }
        if (t instanceof IOException) {
            return Kind.IO;
        }
        return Kind.OTHER;
    }

    private static Kind errnoKind(String reason) {
        String r = reason.toLowerCase(Locale.ROOT);
        if (r.contains("permission denied") || r.contains("eacces") || r.contains("eperm")
                || r.contains("operation not permitted")) {
            return Kind.PERMISSION;
        }
        if (r.contains("no such file") || r.contains("enoent") || r.contains("not a directory")) {
            return Kind.NOT_FOUND;
        }
        if (r.contains("file name too long") || r.contains("enametoolong")) {
            return Kind.NAME_TOO_LONG;
        }
        if (r.contains("timed out") || r.contains("etimedout")) {
            return Kind.TIMEOUT;
        }
        return Kind.IO;
    }

    private static Kind storageKind(StorageFailure s) {
        if (s.hasErrorCode("AuthorizationPermissionMismatch", "AuthorizationFailure", "AuthorizationSourceIPMismatch",
                "AuthorizationProtocolMismatch", "AuthorizationResourceTypeMismatch", "InsufficientAccountPermissions")) {
            return Kind.PERMISSION;
        }
        if (s.hasErrorCode("AuthenticationFailed", "InvalidAuthenticationInfo", "NoAuthenticationInformation")) {
            return Kind.AUTHENTICATION;
        }
        if (s.hasErrorCode("ContainerNotFound", "ShareNotFound", "ResourceNotFound", "ParentNotFound")) {
            return Kind.NOT_FOUND;
        }
        if (s.hasErrorCode("InvalidResourceName", "InvalidUri", "OutOfRangeInput")) {
            return Kind.INVALID_NAME;
        }
        if (s.hasErrorCode("LeaseAlreadyPresent", "ContainerBeingDeleted", "LeaseIsBreakingAndCannotBeAcquired")) {
            return Kind.LEASE_PRESENT;
        }
        if (s.hasErrorCode("LeaseLost", "LeaseIdMismatchWithContainerOperation", "LeaseNotPresentWithContainerOperation",
                "LeaseIdMissing", "LeaseIdMismatchWithBlobOperation", "LeaseNotPresentWithBlobOperation",
                "LeaseExpired")) {
            return Kind.LEASE_LOST;
        }
        if (s.hasErrorCode("InvalidBlobType", "BlobTypeNotSupported")) {
            return Kind.BLOB_TYPE;
        }
        if (s.hasErrorCode("RequestBodyTooLarge", "BlobTooLarge", "FileTooLarge") || s.status() == 413) {
            return Kind.TOO_LARGE;
        }
        return switch (s.status()) {
            case 401 -> Kind.AUTHENTICATION;
            case 403 -> Kind.PERMISSION;
            case 404 -> Kind.NOT_FOUND;
            case 408, 504 -> Kind.TIMEOUT;
            default -> s.status() >= 400 ? Kind.REFUSED : Kind.OTHER;
        };
    }

    // The table. Each operation has a general code for failures nothing more specific describes.
    static int code(Operation operation, Kind kind) {
        return switch (operation) {
            case MOUNT_SOURCE, SCAN_SOURCE -> switch (kind) {
                case PERMISSION, AUTHENTICATION -> 1003;
                case NOT_FOUND, INVALID_NAME -> 1004;
                case OTHER -> 1020;
                default -> operation == Operation.MOUNT_SOURCE ? 1001 : 1002;
            };
            case CLAIM_TARGET, ACCESS_TARGET -> switch (kind) {
                case PERMISSION -> operation == Operation.CLAIM_TARGET ? 1024 : 1021;
                case AUTHENTICATION -> 1025;
                case NOT_FOUND, INVALID_NAME -> 1022;
                case LEASE_PRESENT -> 1027;
                case LEASE_LOST -> 1023;
                case BLOB_TYPE -> 1026;
                case UNKNOWN_HOST -> 1031;
                default -> 1040;
            };
            case CREATE_JOB, RESUME_JOB, REPORT_PROGRESS, FINALIZE_JOB -> switch (kind) {
                case ABORTED -> 1045;
                case OTHER -> 1060;
                default -> switch (operation) {
                    case REPORT_PROGRESS -> 1041;
                    case CREATE_JOB -> 1042;
                    case RESUME_JOB -> 1043;
                    default -> 1044;
                };
            };
            case SCAN_ITEM, READ_ITEM -> switch (kind) {
                case PERMISSION, AUTHENTICATION -> 2062;
                case TIMEOUT -> operation == Operation.READ_ITEM ? 2064 : 2061;
                case NAME_TOO_LONG -> 2023;
                case OTHER -> 2080;
                default -> operation == Operation.READ_ITEM ? 2063 : 2061;
            };
            case WRITE_ITEM, SCAN_TARGET_ITEM -> switch (kind) {
                case PERMISSION, AUTHENTICATION -> 2069;
                case LEASE_PRESENT, LEASE_LOST -> 2070;
                case INVALID_NAME -> 2022;
                case NAME_TOO_LONG -> 2023;
                case TOO_LARGE -> 2026;
                case TIMEOUT -> 2067;
                case NOT_FOUND, BLOB_TYPE, REFUSED -> operation == Operation.WRITE_ITEM ? 2066 : 2068;
                case OTHER -> 2080;
                default -> operation == Operation.WRITE_ITEM ? 2065 : 2068;
            };
        };
    }
}
