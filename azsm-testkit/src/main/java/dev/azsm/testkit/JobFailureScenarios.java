package dev.azsm.testkit;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import dev.azsm.core.CatalogEntry;
import java.util.List;

/**
 * A ready {@link Scenario} for every catalogued job-run code, named like its factory in
 * {@code JobErrors}: a run that scans 1,000 items, transfers 990, and then fails with the code.
 *
 * <pre>{@code
 * Scenario s = JobFailureScenarios.targetLeaseExpired();       // AZSM1023
 * Scenario t = JobFailureScenarios.forCode("AZSM1077");         // a code newer than this SDK
 * }</pre>
 *
 * <p>The named methods are kept in step with the catalogue by a test of the test kit.
 */
public final class JobFailureScenarios {

    private JobFailureScenarios() {
    }

    /**
     * Returns the scenario of a job code: catalogued or not, as long as it is a well-formed job
     * failure code.
     *
     * @param code such as {@code "AZSM1024"}
     * @return a run that scans 1,000 items, transfers 990, then fails with the code
     * @throws IllegalArgumentException if the code is malformed or not a job failure code
     */
    public static Scenario forCode(String code) {
        AzsmCode parsed = AzsmCode.parse(code);
        if (parsed.scope() != Scope.JOB || !parsed.block().isFailure()) {
            throw new IllegalArgumentException(code + " is not a job failure code (AZSM1xxx); for agent and file"
                    + " codes see AgentFailureScenarios and FileFailureScenarios");
        }
        String title = AzsmErrors.catalog().describe(parsed).message();
        return Scenario.builder(code + " " + title).scan(1_000).transfer(990)
                .fail(code, "simulated by azsm-testkit: " + title).build();
    }

    /**
     * Returns the scenario of every catalogued job code, in code order.
     *
     * @return the scenarios
     */
    public static List<Scenario> all() {
        return AzsmErrors.catalog().entries(Scope.JOB).stream().filter(CatalogEntry::isFailure)
                .map(e -> forCode(e.code().toString())).toList();
    }

    /**
     * A run that succeeds: scans 1,000 items and transfers them all.
     *
     * @return the scenario
     */
    public static Scenario succeeds() {
        return Scenario.builder("succeeds").scan(1_000).transfer(1_000).build();
    }

    /**
     * A run that ends {@code Failed} without an error object, as the service's own examples show:
     * decoded as {@code AZSM1060}, with "the service gave no code" in the context.
     *
     * @return the scenario
     */
    public static Scenario failsWithoutCode() {
        return Scenario.builder("fails without a code").scan(1_000).transfer(990).fail(null, null).build();
    }

    /**
     * A run that fails with a malformed code: decoded as {@code AZSM1060} with the raw text kept.
     *
     * @param rawCode the malformed code, such as {@code "azsm-1024"}
     * @return the scenario
     */
    public static Scenario failsWithMalformedCode(String rawCode) {
        return Scenario.builder("fails with malformed code " + rawCode).scan(1_000).transfer(990)
                .fail(rawCode, "simulated malformed code").build();
    }

    /**
     * A run that is canceled without a code.
     *
     * @return the scenario
     */
    public static Scenario canceled() {
        return Scenario.builder("canceled").scan(1_000).transfer(500).cancel().build();
    }

    /**
     * The run fails with {@code AZSM1001} (Failed to mount source path).
     *
     * @return the scenario
     */
    public static Scenario sourceMountFailed() {
        return forCode("AZSM1001");
    }

    /**
     * The run fails with {@code AZSM1002} (Encountered an error while scanning the source).
     *
     * @return the scenario
     */
    public static Scenario sourceScanFailed() {
        return forCode("AZSM1002");
    }

    /**
     * The run fails with {@code AZSM1003} (Failed to access source folder due to permission issues).
     *
     * @return the scenario
     */
    public static Scenario sourcePermissionDenied() {
        return forCode("AZSM1003");
    }

    /**
     * The run fails with {@code AZSM1004} (Source path provided is invalid).
     *
     * @return the scenario
     */
    public static Scenario sourcePathInvalid() {
        return forCode("AZSM1004");
    }

    /**
     * The run fails with {@code AZSM1020} (Miscellaneous error while accessing source).
     *
     * @return the scenario
     */
    public static Scenario sourceMiscellaneousError() {
        return forCode("AZSM1020");
    }

    /**
     * The run fails with {@code AZSM1021} (Failed to access target folder due to permission issues).
     *
     * @return the scenario
     */
    public static Scenario targetPermissionDenied() {
        return forCode("AZSM1021");
    }

    /**
     * The run fails with {@code AZSM1022} (Target path provided is invalid).
     *
     * @return the scenario
     */
    public static Scenario targetPathInvalid() {
        return forCode("AZSM1022");
    }

    /**
     * The run fails with {@code AZSM1023} (Lease expired for this agent on the target container).
     *
     * @return the scenario
     */
    public static Scenario targetLeaseExpired() {
        return forCode("AZSM1023");
    }

    /**
     * The run fails with {@code AZSM1024} (Authorization failure on claiming the target container).
     *
     * @return the scenario
     */
    public static Scenario targetAuthorizationFailed() {
        return forCode("AZSM1024");
    }

    /**
     * The run fails with {@code AZSM1025} (Authentication failure on claiming the target container).
     *
     * @return the scenario
     */
    public static Scenario targetAuthenticationFailed() {
        return forCode("AZSM1025");
    }

    /**
     * The run fails with {@code AZSM1026} (Blob type in the target container not supported by the agent).
     *
     * @return the scenario
     */
    public static Scenario targetBlobTypeUnsupported() {
        return forCode("AZSM1026");
    }

    /**
     * The run fails with {@code AZSM1027} (The target container or share is busy).
     *
     * @return the scenario
     */
    public static Scenario targetContainerBusy() {
        return forCode("AZSM1027");
    }

    /**
     * The run fails with {@code AZSM1028} (The agent could not read the source credentials from Key Vault).
     *
     * @return the scenario
     */
    public static Scenario keyVaultAccessFailed() {
        return forCode("AZSM1028");
    }

    /**
     * The run fails with {@code AZSM1029} (The source endpoint type is not supported by this agent version).
     *
     * @return the scenario
     */
    public static Scenario sourceEndpointTypeUnsupported() {
        return forCode("AZSM1029");
    }

    /**
     * The run fails with {@code AZSM1030} (The storage account type of the target could not be verified).
     *
     * @return the scenario
     */
    public static Scenario targetAccountTypeUnverifiable() {
        return forCode("AZSM1030");
    }

    /**
     * The run fails with {@code AZSM1031} (The target host name could not be resolved).
     *
     * @return the scenario
     */
    public static Scenario targetHostNameUnresolvable() {
        return forCode("AZSM1031");
    }

    /**
     * The run fails with {@code AZSM1040} (Miscellaneous error while accessing target).
     *
     * @return the scenario
     */
    public static Scenario targetMiscellaneousError() {
        return forCode("AZSM1040");
    }

    /**
     * The run fails with {@code AZSM1041} (Failed to send job progress).
     *
     * @return the scenario
     */
    public static Scenario jobProgressReportFailed() {
        return forCode("AZSM1041");
    }

    /**
     * The run fails with {@code AZSM1042} (Failed to create job).
     *
     * @return the scenario
     */
    public static Scenario jobCreationFailed() {
        return forCode("AZSM1042");
    }

    /**
     * The run fails with {@code AZSM1043} (Failed to resume job).
     *
     * @return the scenario
     */
    public static Scenario jobResumeFailed() {
        return forCode("AZSM1043");
    }

    /**
     * The run fails with {@code AZSM1044} (Failed to finalize the job).
     *
     * @return the scenario
     */
    public static Scenario jobFinalizationFailed() {
        return forCode("AZSM1044");
    }

    /**
     * The run fails with {@code AZSM1045} (Job was aborted while it was still running).
     *
     * @return the scenario
     */
    public static Scenario jobAborted() {
        return forCode("AZSM1045");
    }

    /**
     * The run fails with {@code AZSM1060} (Miscellaneous error during job execution).
     *
     * @return the scenario
     */
    public static Scenario jobMiscellaneousError() {
        return forCode("AZSM1060");
    }
}
