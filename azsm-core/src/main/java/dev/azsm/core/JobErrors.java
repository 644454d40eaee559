package dev.azsm.core;

import dev.azsm.api.ContextKeys;
import dev.azsm.api.JobExecutionException;
import dev.azsm.api.SourceAccessException;
import dev.azsm.api.TargetAccessException;
import dev.azsm.core.internal.Factories;
import org.jspecify.annotations.Nullable;

/**
 * One factory method per catalogued code of job-run failures ({@code AZSM1xxx}), for agent code that throws.
 *
 * <p>Generated from the catalogue ({@code catalog.tsv}) by the tests; do not edit by hand.
 * Each method's message, mitigation and remedy come from the catalogue; the cause's
 * description becomes the exception's detail.
 */
public final class JobErrors {

    private JobErrors() {
    }

    /**
     * {@code AZSM1001}: Failed to mount source path.
     *
     * <p>Verify the provided server information, name or IP-address, is valid, or the source location is correct.
     *
     * <p>Remedy: {@code FIX_CONFIGURATION}.
     *
     * @param source the source endpoint, share or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link SourceAccessException} with {@code AZSM1001}
     */
    public static SourceAccessException sourceMountFailed(@Nullable String source, @Nullable Throwable cause) {
        return (SourceAccessException) Factories.create("AZSM1001", cause, ContextKeys.SOURCE, source);
    }

    /**
     * {@code AZSM1002}: Encountered an error while scanning the source.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param source the source endpoint, share or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link SourceAccessException} with {@code AZSM1002}
     */
    public static SourceAccessException sourceScanFailed(@Nullable String source, @Nullable Throwable cause) {
        return (SourceAccessException) Factories.create("AZSM1002", cause, ContextKeys.SOURCE, source);
    }

    /**
     * {@code AZSM1003}: Failed to access source folder due to permission issues.
     *
     * <p>Check if the agent has been granted permissions correctly to the source file share.
     *
     * <p>Remedy: {@code GRANT_PERMISSION}.
     *
     * @param source the source endpoint, share or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link SourceAccessException} with {@code AZSM1003}
     */
    public static SourceAccessException sourcePermissionDenied(@Nullable String source, @Nullable Throwable cause) {
        return (SourceAccessException) Factories.create("AZSM1003", cause, ContextKeys.SOURCE, source);
    }

    /**
     * {@code AZSM1004}: Source path provided is invalid.
     *
     * <p>Create a new endpoint with a valid source share path and update the job definition and retry.
     *
     * <p>Remedy: {@code FIX_CONFIGURATION}.
     *
     * @param source the source endpoint, share or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link SourceAccessException} with {@code AZSM1004}
     */
    public static SourceAccessException sourcePathInvalid(@Nullable String source, @Nullable Throwable cause) {
        return (SourceAccessException) Factories.create("AZSM1004", cause, ContextKeys.SOURCE, source);
    }

    /**
     * {@code AZSM1020}: Miscellaneous error while accessing source.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: Later pages list typical underlying causes: no such file or directory, permission denied, input/output error.
     *
     * @param source the source endpoint, share or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link SourceAccessException} with {@code AZSM1020}
     */
    public static SourceAccessException sourceMiscellaneousError(@Nullable String source, @Nullable Throwable cause) {
        return (SourceAccessException) Factories.create("AZSM1020", cause, ContextKeys.SOURCE, source);
    }

    /**
     * {@code AZSM1021}: Failed to access target folder due to permission issues.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1021}
     */
    public static TargetAccessException targetPermissionDenied(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1021", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1022}: Target path provided is invalid.
     *
     * <p>Create a new endpoint with a valid target container and path and update the job definition and retry.
     *
     * <p>Remedy: {@code FIX_CONFIGURATION}.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1022}
     */
    public static TargetAccessException targetPathInvalid(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1022", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1023}: Lease expired for this agent on the target container.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1023}
     */
    public static TargetAccessException targetLeaseExpired(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1023", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1024}: Authorization failure on claiming the target container.
     *
     * <p>The agent does not have the permission to access the target container. The role assignment is performed automatically while running jobs from the portal. If you are using the APIs/Powershell cmdlets/SDKs, then manually create a 'Storage Blob Data Contributor' role assignment for the agent to access the target storage account blob container. The [Assign an Azure role for access to blob data](/azure/storage/blobs/assign-azure-role-data-access) article may help resolve this issue.
     *
     * <p>Remedy: {@code GRANT_PERMISSION}.
     *
     * <p>Note: A later page says "Authorization failure accessing the target location"; for SMB targets (Azure Files) the role to assign is 'Storage File Data Privileged Contributor', for blob (NFS) targets 'Storage Blob Data Contributor'.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1024}
     */
    public static TargetAccessException targetAuthorizationFailed(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1024", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1025}: Authentication failure on claiming the target container.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: A later page says "Authentication failure accessing the source location"; that contradicts the code's block (target, AZSM1021..AZSM1040) and the specification, which stands.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1025}
     */
    public static TargetAccessException targetAuthenticationFailed(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1025", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1026}: Blob type in the target container not supported by the agent.
     *
     * <p>This blob type is unsupported by the current Storage Mover agent.
     *
     * <p>Remedy: {@code UNSUPPORTED}.
     *
     * <p>Note: A later page says "Target type is not supported by the agent".
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1026}
     */
    public static TargetAccessException targetBlobTypeUnsupported(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1026", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1027}: The target container or share is busy.
     *
     * <p>Another job or agent holds an active lease on the target, or an aborted job still does. Make sure no other job runs against this target, then retry. If no job runs, the marker file AZURE_STORAGE_MOVER_MARKER left by an aborted job may hold the target: restarting the agent releases it.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: Named in the draft and in published pages; a later page names the marker file AZURE_STORAGE_MOVER_MARKER and suggests restarting the agent.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1027}
     */
    public static TargetAccessException targetContainerBusy(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1027", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1028}: The agent could not read the source credentials from Key Vault.
     *
     * <p>Grant the agent's managed identity read access to the Key Vault secrets that hold the source credentials (the role 'Key Vault Secrets User'), check that the secrets exist, then retry.
     *
     * <p>Remedy: {@code GRANT_PERMISSION}.
     *
     * <p>Note: Published mid-2023. The code lies in the target block by number, so it maps to TargetAccessException, although the credentials are the source's.
     *
     * @param source the source endpoint, share or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1028}
     */
    public static TargetAccessException keyVaultAccessFailed(@Nullable String source, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1028", cause, ContextKeys.SOURCE, source);
    }

    /**
     * {@code AZSM1029}: The source endpoint type is not supported by this agent version.
     *
     * <p>Update the agent to a version that supports this kind of source endpoint, then retry.
     *
     * <p>Remedy: {@code UPDATE_AGENT}.
     *
     * <p>Note: Published 2025. The code lies in the target block by number, so it maps to TargetAccessException.
     *
     * @param source the source endpoint, share or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1029}
     */
    public static TargetAccessException sourceEndpointTypeUnsupported(@Nullable String source, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1029", cause, ContextKeys.SOURCE, source);
    }

    /**
     * {@code AZSM1030}: The storage account type of the target could not be verified.
     *
     * <p>Check that the target storage account exists, is of a supported kind, and that the agent may read its properties, then retry.
     *
     * <p>Remedy: {@code FIX_CONFIGURATION}.
     *
     * <p>Note: Published 2025.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1030}
     */
    public static TargetAccessException targetAccountTypeUnverifiable(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1030", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1031}: The target host name could not be resolved.
     *
     * <p>Check the agent's DNS settings and, with private endpoints, that the target's private DNS zone resolves from the agent's network, then retry.
     *
     * <p>Remedy: {@code FIX_CONFIGURATION}.
     *
     * <p>Note: Published 2025.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1031}
     */
    public static TargetAccessException targetHostNameUnresolvable(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1031", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1040}: Miscellaneous error while accessing target.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: Later pages say the error is likely temporary and to retry; typical causes: invalid resource name, share full, bad file descriptor, HTTP 403.
     *
     * @param target the target endpoint, container or path, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link TargetAccessException} with {@code AZSM1040}
     */
    public static TargetAccessException targetMiscellaneousError(@Nullable String target, @Nullable Throwable cause) {
        return (TargetAccessException) Factories.create("AZSM1040", cause, ContextKeys.TARGET, target);
    }

    /**
     * {@code AZSM1041}: Failed to send job progress.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: Later pages say the error is likely temporary; retry.
     *
     * @param jobRun the job run's name or resource id, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link JobExecutionException} with {@code AZSM1041}
     */
    public static JobExecutionException jobProgressReportFailed(@Nullable String jobRun, @Nullable Throwable cause) {
        return (JobExecutionException) Factories.create("AZSM1041", cause, ContextKeys.JOB_RUN, jobRun);
    }

    /**
     * {@code AZSM1042}: Failed to create job.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: Later pages say the error is likely temporary; retry.
     *
     * @param jobRun the job run's name or resource id, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link JobExecutionException} with {@code AZSM1042}
     */
    public static JobExecutionException jobCreationFailed(@Nullable String jobRun, @Nullable Throwable cause) {
        return (JobExecutionException) Factories.create("AZSM1042", cause, ContextKeys.JOB_RUN, jobRun);
    }

    /**
     * {@code AZSM1043}: Failed to resume job.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param jobRun the job run's name or resource id, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link JobExecutionException} with {@code AZSM1043}
     */
    public static JobExecutionException jobResumeFailed(@Nullable String jobRun, @Nullable Throwable cause) {
        return (JobExecutionException) Factories.create("AZSM1043", cause, ContextKeys.JOB_RUN, jobRun);
    }

    /**
     * {@code AZSM1044}: Failed to finalize the job.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param jobRun the job run's name or resource id, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link JobExecutionException} with {@code AZSM1044}
     */
    public static JobExecutionException jobFinalizationFailed(@Nullable String jobRun, @Nullable Throwable cause) {
        return (JobExecutionException) Factories.create("AZSM1044", cause, ContextKeys.JOB_RUN, jobRun);
    }

    /**
     * {@code AZSM1045}: Job was aborted while it was still running.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: The draft's internal name is "job canceled" (OTHER_JOB_CANCELED).
     *
     * @param jobRun the job run's name or resource id, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link JobExecutionException} with {@code AZSM1045}
     */
    public static JobExecutionException jobAborted(@Nullable String jobRun, @Nullable Throwable cause) {
        return (JobExecutionException) Factories.create("AZSM1045", cause, ContextKeys.JOB_RUN, jobRun);
    }

    /**
     * {@code AZSM1060}: Miscellaneous error during job execution.
     *
     * <p>Retry or create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * <p>Note: Later pages list typical underlying causes: invalid resource name, share full, bad file descriptor, HTTP 403.
     *
     * @param jobRun the job run's name or resource id, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link JobExecutionException} with {@code AZSM1060}
     */
    public static JobExecutionException jobMiscellaneousError(@Nullable String jobRun, @Nullable Throwable cause) {
        return (JobExecutionException) Factories.create("AZSM1060", cause, ContextKeys.JOB_RUN, jobRun);
    }
}
