package dev.azsm.core.internal;

import dev.azsm.api.AgentException;
import dev.azsm.api.AgentUpgradeException;
import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.CodeDescription;
import dev.azsm.api.FileException;
import dev.azsm.api.FileTransferException;
import dev.azsm.api.FileUnsupportedException;
import dev.azsm.api.JobException;
import dev.azsm.api.JobExecutionException;
import dev.azsm.api.Scope;
import dev.azsm.api.SourceAccessException;
import dev.azsm.api.TargetAccessException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one table from a code to its exception class: its block's category class where the block is
 * named, else its scope's class. The only place outside azsm-api where exceptions are constructed.
 */
public final class ExceptionClasses {

    /** A constructor of one exception class. */
    @FunctionalInterface
    private interface Constructor {
        AzsmException create(CodeDescription d, @Nullable String detail, @Nullable Map<String, String> context,
                @Nullable Throwable cause, boolean writableStackTrace);
    }

    private record Kind(Class<? extends AzsmException> type, Constructor constructor) {
    }

    private static final Kind AGENT_UPGRADE = new Kind(AgentUpgradeException.class, AgentUpgradeException::new);
    private static final Kind SOURCE = new Kind(SourceAccessException.class, SourceAccessException::new);
    private static final Kind TARGET = new Kind(TargetAccessException.class, TargetAccessException::new);
    private static final Kind JOB_EXECUTION = new Kind(JobExecutionException.class, JobExecutionException::new);
    private static final Kind FILE_UNSUPPORTED = new Kind(FileUnsupportedException.class, FileUnsupportedException::new);
    private static final Kind FILE_FAILED = new Kind(FileTransferException.class, FileTransferException::new);
    private static final Kind AGENT = new Kind(AgentException.class, AgentException::new);
    private static final Kind JOB = new Kind(JobException.class, JobException::new);
    private static final Kind FILE = new Kind(FileException.class, FileException::new);

    private ExceptionClasses() {
    }

    /**
     * Returns the class an exception of the code has.
     *
     * @param code the code
     * @return the category class of its block, or its scope's class
     */
    public static Class<? extends AzsmException> classOf(AzsmCode code) {
        return kindOf(code).type();
    }

    /**
     * Creates the exception of a described code.
     *
     * @param d                  the description; its code must be a failure
     * @param detail             what happened, or null
     * @param context            the context, or null
     * @param cause              the cause, or null
     * @param writableStackTrace whether to capture the stack trace
     * @return the exception of the right class
     */
    public static AzsmException create(CodeDescription d, @Nullable String detail,
            @Nullable Map<String, String> context, @Nullable Throwable cause, boolean writableStackTrace) {
        return kindOf(d.code()).constructor().create(d, detail, context, cause, writableStackTrace);
    }

    // Identity comparisons: on the mapping's hot path they beat a hash lookup by about 10 ns.
    private static Kind kindOf(AzsmCode code) {
        CodeBlock block = code.block();
        if (block == CodeBlock.AGENT_UPGRADE) {
            return AGENT_UPGRADE;
        } else if (block == CodeBlock.SOURCE) {
            return SOURCE;
        } else if (block == CodeBlock.TARGET) {
            return TARGET;
        } else if (block == CodeBlock.JOB_EXECUTION) {
            return JOB_EXECUTION;
        } else if (block == CodeBlock.FILE_UNSUPPORTED) {
            return FILE_UNSUPPORTED;
        } else if (block == CodeBlock.FILE_FAILED) {
            return FILE_FAILED;
        }
        return code.scope() == Scope.AGENT ? AGENT : code.scope() == Scope.JOB ? JOB : FILE;
    }
}
