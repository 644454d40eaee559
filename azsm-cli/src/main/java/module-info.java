/**
 * The azsm command line: explain a code, list codes, triage copy logs, watch a job run.
 */
module dev.azsm.cli {
    requires dev.azsm.client;
    requires dev.azsm.testkit;
    requires info.picocli;
    requires com.fasterxml.jackson.databind;
    requires com.azure.identity;
    requires com.azure.core;
    requires static org.jspecify;

    opens dev.azsm.cli to info.picocli;
}
