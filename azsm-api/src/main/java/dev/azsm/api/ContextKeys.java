package dev.azsm.api;

/**
 * The well-known keys of {@link AzsmException#context()}. Other keys may appear too; these are the
 * ones azsm itself fills and its log helpers put into the MDC.
 */
public final class ContextKeys {

    /** The job run's resource id or name. */
    public static final String JOB_RUN = "jobRun";
    /** The job definition's resource id or name. */
    public static final String JOB_DEFINITION = "jobDefinition";
    /** The agent's name or resource id. */
    public static final String AGENT = "agent";
    /** The source endpoint or path. */
    public static final String SOURCE = "source";
    /** The target endpoint, container or path. */
    public static final String TARGET = "target";
    /** The item (file or directory) path, relative to the source and target roots. */
    public static final String ITEM = "item";
    /** The code exactly as it was received, kept when it was malformed or missing. */
    public static final String RAW_CODE = "rawCode";
    /** Why the received code could not be used as it was (missing, malformed, not a failure). */
    public static final String CODE_PROBLEM = "codeProblem";
    /** The message exactly as the service or agent sent it. */
    public static final String SERVICE_MESSAGE = "serviceMessage";
    /** The {@code target} field of the service's error object. */
    public static final String SERVICE_TARGET = "serviceTarget";
    /** What the agent was doing when the failure happened (see azsm-core's FailureTranslator). */
    public static final String OPERATION = "operation";

    private ContextKeys() {
    }
}
