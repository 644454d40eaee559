package dev.azsm.testkit;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.ContextKeys;
import dev.azsm.api.FileException;
import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import java.util.Map;

/**
 * Per-item failures for every file code: the exception production decodes from a copy-log
 * record, and runs that fail some items.
 *
 * <pre>{@code
 * FileException e = FileFailureScenarios.exception("AZSM2062", "data/a.txt");
 * Scenario s = FileFailureScenarios.run("AZSM2062", 10);   // a run that succeeds with 10 failed items
 * Scenario t = FileFailureScenarios.sourcePermissionDenied(); // the same, named after the code's factory
 * }</pre>
 *
 * <p>One named method per catalogued file failure code, kept in step with the catalogue by a test.
 */
public final class FileFailureScenarios {

    private FileFailureScenarios() {
    }

    /**
     * Returns the exception of one failed item, decoded as a copy-log reader decodes it.
     *
     * @param code     the file code, such as {@code "AZSM2062"}
     * @param itemPath the item's path
     * @return the exception, with the item path in its context
     */
    public static FileException exception(String code, String itemPath) {
        check(code);
        return (FileException) AzsmErrors.fromReportedCode(Scope.FILE, code, "simulated by azsm-testkit",
                Map.of(ContextKeys.ITEM, itemPath), false);
    }

    /**
     * Returns a run that succeeds while some items fail with a file code.
     *
     * @param code  the file code
     * @param items how many items fail
     * @return the scenario
     */
    public static Scenario run(String code, int items) {
        check(code);
        return Scenario.builder(items + " items fail with " + code).scan(1_000L + items).transfer(1_000)
                .failFiles(items, code).build();
    }

    /**
     * Returns the scenario of a file failure code: a run that succeeds while 10 items fail with it.
     *
     * @param code a file failure code, catalogued or not
     * @return the scenario
     * @throws IllegalArgumentException if the code is malformed or not a file failure code
     */
    public static Scenario forCode(String code) {
        return run(code, 10);
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2021} (The file type cannot be stored in the target).
     *
     * @return the scenario
     */
    public static Scenario fileTypeUnsupported() {
        return forCode("AZSM2021");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2022} (The path has characters the target does not support).
     *
     * @return the scenario
     */
    public static Scenario pathCharactersUnsupported() {
        return forCode("AZSM2022");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2023} (A path component is longer than the target allows).
     *
     * @return the scenario
     */
    public static Scenario pathComponentTooLong() {
        return forCode("AZSM2023");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2024} (The path is longer than the target allows).
     *
     * @return the scenario
     */
    public static Scenario pathTooLong() {
        return forCode("AZSM2024");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2025} (The directory depth is larger than the target allows).
     *
     * @return the scenario
     */
    public static Scenario directoryTooDeep() {
        return forCode("AZSM2025");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2026} (The file is larger than the target allows).
     *
     * @return the scenario
     */
    public static Scenario fileTooLarge() {
        return forCode("AZSM2026");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2027} (The file's security descriptor has properties the target does not support).
     *
     * @return the scenario
     */
    public static Scenario securityDescriptorUnsupported() {
        return forCode("AZSM2027");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2061} (Error while scanning the source for this item).
     *
     * @return the scenario
     */
    public static Scenario sourceScanFailed() {
        return forCode("AZSM2061");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2062} (Permission denied reading the source file).
     *
     * @return the scenario
     */
    public static Scenario sourcePermissionDenied() {
        return forCode("AZSM2062");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2063} (I/O error reading the source file).
     *
     * @return the scenario
     */
    public static Scenario sourceReadFailed() {
        return forCode("AZSM2063");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2064} (Timed out reading the source file).
     *
     * @return the scenario
     */
    public static Scenario sourceReadTimedOut() {
        return forCode("AZSM2064");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2065} (Transport error sending the file to the target).
     *
     * @return the scenario
     */
    public static Scenario targetTransportFailed() {
        return forCode("AZSM2065");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2066} (The target refused the write with an error status).
     *
     * @return the scenario
     */
    public static Scenario targetWriteRefused() {
        return forCode("AZSM2066");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2067} (Timed out writing the file to the target).
     *
     * @return the scenario
     */
    public static Scenario targetWriteTimedOut() {
        return forCode("AZSM2067");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2068} (Error while scanning the target for this item).
     *
     * @return the scenario
     */
    public static Scenario targetScanFailed() {
        return forCode("AZSM2068");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2069} (Permission denied reading or writing the target file).
     *
     * @return the scenario
     */
    public static Scenario targetPermissionDenied() {
        return forCode("AZSM2069");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2070} (The target blob has an active lease held by another writer).
     *
     * @return the scenario
     */
    public static Scenario targetBlobLeased() {
        return forCode("AZSM2070");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2071} (The source file was modified during the transfer).
     *
     * @return the scenario
     */
    public static Scenario sourceModifiedDuringTransfer() {
        return forCode("AZSM2071");
    }

    /**
     * A run that succeeds while 10 items fail with {@code AZSM2080} (Copy failed for an unknown reason).
     *
     * @return the scenario
     */
    public static Scenario transferFailed() {
        return forCode("AZSM2080");
    }

    private static void check(String code) {
        AzsmCode parsed = AzsmCode.parse(code);
        if (parsed.scope() != Scope.FILE || !parsed.block().isFailure()) {
            throw new IllegalArgumentException(code + " is not a file failure code (AZSM2021..AZSM2040, AZSM2061.. and"
                    + " newer blocks; excluded and no-copy-necessary codes are outcomes)");
        }
    }
}
