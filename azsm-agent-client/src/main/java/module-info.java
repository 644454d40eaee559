/**
 * A typed client for Storage Mover job runs and agents, and copy-log readers.
 */
module dev.azsm.client {
    requires transitive dev.azsm.core;
    exports dev.azsm.client;
}
