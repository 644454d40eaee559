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
 * }</pre>
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

    private static void check(String code) {
        AzsmCode parsed = AzsmCode.parse(code);
        if (parsed.scope() != Scope.FILE || !parsed.block().isFailure()) {
            throw new IllegalArgumentException(code + " is not a file failure code (AZSM2021..AZSM2040, AZSM2061.. and"
                    + " newer blocks; excluded and no-copy-necessary codes are outcomes)");
        }
    }
}
