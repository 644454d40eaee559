/**
 * The azsm command line.
 */
module dev.azsm.cli {
    requires dev.azsm.client;
    requires dev.azsm.testkit;
}
