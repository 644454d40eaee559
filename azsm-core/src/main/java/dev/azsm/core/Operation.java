package dev.azsm.core;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.Scope;

/**
 * What the agent was doing when a low-level failure happened; it decides which code a
 * {@link FailureTranslator} picks. Job-run operations give job codes ({@code AZSM1xxx}), per-item
 * operations give file codes ({@code AZSM2xxx}).
 */
public enum Operation {
    /** Mounting the source share. */
    MOUNT_SOURCE(CodeBlock.SOURCE),
    /** Scanning the source for the job. */
    SCAN_SOURCE(CodeBlock.SOURCE),
    /** Claiming the target container or share (lease, authorization). */
    CLAIM_TARGET(CodeBlock.TARGET),
    /** Using the target during the job, outside one item. */
    ACCESS_TARGET(CodeBlock.TARGET),
    /** Creating the job on the agent. */
    CREATE_JOB(CodeBlock.JOB_EXECUTION),
    /** Resuming a job. */
    RESUME_JOB(CodeBlock.JOB_EXECUTION),
    /** Sending the job's progress to the service. */
    REPORT_PROGRESS(CodeBlock.JOB_EXECUTION),
    /** Finalizing the job. */
    FINALIZE_JOB(CodeBlock.JOB_EXECUTION),
    /** Scanning one item on the source. */
    SCAN_ITEM(CodeBlock.FILE_FAILED),
    /** Reading one item from the source. */
    READ_ITEM(CodeBlock.FILE_FAILED),
    /** Writing one item to the target. */
    WRITE_ITEM(CodeBlock.FILE_FAILED),
    /** Comparing one item with the target. */
    SCAN_TARGET_ITEM(CodeBlock.FILE_FAILED);

    private final CodeBlock block;

    Operation(CodeBlock block) {
        this.block = block;
    }

    /**
     * Returns the scope of the codes this operation's failures get.
     *
     * @return {@link Scope#JOB} or {@link Scope#FILE}
     */
    public Scope scope() {
        return block.scope();
    }

    /**
     * Returns the code of a failure of this operation that nothing more specific describes: the
     * miscellaneous code of its block ({@code AZSM1020}, {@code AZSM1040}, {@code AZSM1060} or
     * {@code AZSM2080}).
     *
     * @return the fallback code
     */
    public AzsmCode fallback() {
        return block.miscellaneous();
    }
}
