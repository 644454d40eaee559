/**
 * A typed client for Azure Storage Mover job runs and agents over the REST API: every failure
 * surfaces as its typed exception from the catalogue. See {@link dev.azsm.client.AgentClient}.
 */
module dev.azsm.client {
    requires transitive dev.azsm.core;
    requires java.net.http;
    requires com.fasterxml.jackson.databind;
    requires dev.failsafe.core;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.azsm.client;
    exports dev.azsm.client.internal to dev.azsm.testkit, dev.azsm.cli, dev.azsm.bench;
}
