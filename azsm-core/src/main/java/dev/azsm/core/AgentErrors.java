package dev.azsm.core;

import dev.azsm.api.AgentUpgradeException;
import dev.azsm.api.ContextKeys;
import dev.azsm.core.internal.Factories;
import org.jspecify.annotations.Nullable;

/**
 * One factory method per catalogued code of agent failures ({@code AZSM0xxx}), for agent code that throws.
 *
 * <p>Generated from the catalogue ({@code catalog.tsv}) by the tests; do not edit by hand.
 * Each method's message, mitigation and remedy come from the catalogue; the cause's
 * description becomes the exception's detail.
 */
public final class AgentErrors {

    private AgentErrors() {
    }

    /**
     * {@code AZSM0001}: Downloading the agent upgrade image failed.
     *
     * <p>The agent could not download the image for its upgrade. Check that the agent reaches the internet (proxy, firewall, DNS); the upgrade is tried again later. If it keeps failing, create a support ticket.
     *
     * <p>Remedy: {@code RETRY}.
     *
     * @param agent the agent's name, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link AgentUpgradeException} with {@code AZSM0001}
     */
    public static AgentUpgradeException upgradeDownloadFailed(@Nullable String agent, @Nullable Throwable cause) {
        return (AgentUpgradeException) Factories.create("AZSM0001", cause, ContextKeys.AGENT, agent);
    }

    /**
     * {@code AZSM0002}: The checks before the agent upgrade failed.
     *
     * <p>The agent refused to upgrade because a check before the upgrade failed; it keeps running its current version. Look at the agent's health and free disk space, then create a support ticket if it persists.
     *
     * <p>Remedy: {@code CONTACT_SUPPORT}.
     *
     * @param agent the agent's name, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link AgentUpgradeException} with {@code AZSM0002}
     */
    public static AgentUpgradeException upgradePreCheckFailed(@Nullable String agent, @Nullable Throwable cause) {
        return (AgentUpgradeException) Factories.create("AZSM0002", cause, ContextKeys.AGENT, agent);
    }

    /**
     * {@code AZSM0003}: The agent upgrade failed.
     *
     * <p>Installing the new agent version failed. The agent tries to roll back to its previous version. Create a support ticket with the agent's logs.
     *
     * <p>Remedy: {@code CONTACT_SUPPORT}.
     *
     * @param agent the agent's name, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link AgentUpgradeException} with {@code AZSM0003}
     */
    public static AgentUpgradeException upgradeFailed(@Nullable String agent, @Nullable Throwable cause) {
        return (AgentUpgradeException) Factories.create("AZSM0003", cause, ContextKeys.AGENT, agent);
    }

    /**
     * {@code AZSM0004}: The checks after the agent upgrade failed.
     *
     * <p>The new agent version failed its checks after the upgrade and is rolled back. Create a support ticket with the agent's logs.
     *
     * <p>Remedy: {@code CONTACT_SUPPORT}.
     *
     * @param agent the agent's name, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link AgentUpgradeException} with {@code AZSM0004}
     */
    public static AgentUpgradeException upgradePostCheckFailed(@Nullable String agent, @Nullable Throwable cause) {
        return (AgentUpgradeException) Factories.create("AZSM0004", cause, ContextKeys.AGENT, agent);
    }

    /**
     * {@code AZSM0005}: Rolling back the agent upgrade failed.
     *
     * <p>The agent could not return to its previous version after a failed upgrade and may not be usable. Create a support ticket; redeploying the agent may be needed.
     *
     * <p>Remedy: {@code CONTACT_SUPPORT}.
     *
     * @param agent the agent's name, or null if unknown
     * @param cause the underlying failure, or null
     * @return a {@link AgentUpgradeException} with {@code AZSM0005}
     */
    public static AgentUpgradeException upgradeRollbackFailed(@Nullable String agent, @Nullable Throwable cause) {
        return (AgentUpgradeException) Factories.create("AZSM0005", cause, ContextKeys.AGENT, agent);
    }
}
