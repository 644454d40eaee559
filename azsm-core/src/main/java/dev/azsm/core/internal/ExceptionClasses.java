package dev.azsm.core.internal;

import dev.azsm.api.AgentException;
import dev.azsm.api.AgentUpgradeException;
import dev.azsm.api.AzsmException;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.CodeDescription;
import dev.azsm.api.FileException;
import dev.azsm.api.FileTransferException;
import dev.azsm.api.FileUnsupportedException;
import dev.azsm.api.JobException;
import dev.azsm.api.JobExecutionException;
import dev.azsm.api.SourceAccessException;
import dev.azsm.api.TargetAccessException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Picks the exception class of a code: its block's category class where the block is named, else
 * its scope's class. The only place outside azsm-api where exceptions are constructed.
 */
public final class ExceptionClasses {

    private ExceptionClasses() {
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
        CodeBlock block = d.code().block();
        if (block == CodeBlock.AGENT_UPGRADE) {
            return new AgentUpgradeException(d, detail, context, cause, writableStackTrace);
        } else if (block == CodeBlock.SOURCE) {
            return new SourceAccessException(d, detail, context, cause, writableStackTrace);
        } else if (block == CodeBlock.TARGET) {
            return new TargetAccessException(d, detail, context, cause, writableStackTrace);
        } else if (block == CodeBlock.JOB_EXECUTION) {
            return new JobExecutionException(d, detail, context, cause, writableStackTrace);
        } else if (block == CodeBlock.FILE_UNSUPPORTED) {
            return new FileUnsupportedException(d, detail, context, cause, writableStackTrace);
        } else if (block == CodeBlock.FILE_FAILED) {
            return new FileTransferException(d, detail, context, cause, writableStackTrace);
        }
        return switch (d.code().scope()) {
            case AGENT -> new AgentException(d, detail, context, cause, writableStackTrace);
            case JOB -> new JobException(d, detail, context, cause, writableStackTrace);
            case FILE -> new FileException(d, detail, context, cause, writableStackTrace);
        };
    }
}
