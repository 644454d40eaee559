/**
 * The catalogue of Storage Mover status codes and everything built on it: the mapping from a code
 * to its typed exception ({@link dev.azsm.core.AzsmErrors}), one factory per code
 * ({@link dev.azsm.core.JobErrors}, {@link dev.azsm.core.FileErrors},
 * {@link dev.azsm.core.AgentErrors}), translation of low-level failures, error payloads, SLF4J
 * logging and Vavr interop.
 */
module dev.azsm.core {
    requires transitive dev.azsm.api;
    requires transitive io.vavr;
    requires org.slf4j;
    requires static org.jspecify;

    exports dev.azsm.core;
    exports dev.azsm.core.internal to dev.azsm.client, dev.azsm.testkit, dev.azsm.cli;
}
