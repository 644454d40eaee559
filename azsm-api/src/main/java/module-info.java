/**
 * The vocabulary of Azure Storage Mover status codes: {@link dev.azsm.api.AzsmCode},
 * {@link dev.azsm.api.Scope}, {@link dev.azsm.api.CodeBlock}, {@link dev.azsm.api.Remedy} and the
 * typed exception hierarchy rooted at {@link dev.azsm.api.AzsmException}.
 *
 * <p>This module has no run-time dependencies.
 */
module dev.azsm.api {
    requires static org.jspecify;

    exports dev.azsm.api;
    exports dev.azsm.api.internal to dev.azsm.core, dev.azsm.client, dev.azsm.testkit, dev.azsm.cli;
}
