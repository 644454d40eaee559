package dev.azsm.testkit;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.Scope;
import dev.azsm.client.Agent;
import dev.azsm.client.internal.ResourceJson;
import dev.azsm.core.AzsmErrors;
import java.util.Map;

/**
 * Agents that need attention, for every agent code: as {@link FakeStorageMover} serves them, and
 * as the exception production decodes from them.
 *
 * <pre>{@code
 * String id = AgentFailureScenarios.install(fake, "agent-1", "AZSM0003");
 * assertThatThrownBy(() -> client.requireHealthy(id)).isInstanceOf(AgentUpgradeException.class);
 * AgentFailureScenarios.upgradeFailed().install(fake, "agent-2");   // the same, named after the code's factory
 * }</pre>
 *
 * <p>One named method per catalogued agent failure code, kept in step with the catalogue by a test.
 */
public final class AgentFailureScenarios {

    private AgentFailureScenarios() {
    }

    /**
     * Adds an agent that reports a code to a fake.
     *
     * @param fake the fake
     * @param name the agent's name
     * @param code the agent code, such as {@code "AZSM0003"}
     * @return the agent's resource id
     */
    public static String install(FakeStorageMover fake, String name, String code) {
        return fake.addAgent(name, "RequiresAttention", check(code), message(code));
    }

    /**
     * Returns the exception production decodes for an agent reporting a code, as
     * {@link #install} serves it.
     *
     * @param name the agent's name
     * @param code the agent code
     * @return the exception, decoded from the agent's JSON
     */
    public static AzsmException exception(String name, String code) {
        Map<String, Object> json = FakeStorageMover.agentJson(FakeStorageMover.agentIdOf(name),
                FakeStorageMover.agentProperties("RequiresAttention", check(code), message(code)));
        Agent agent = ResourceJson.agent(ResourceJson.mapper().valueToTree(json));
        return agent.failure().orElseThrow();
    }

    /**
     * Returns the scenario of an agent failure code.
     *
     * @param code an agent failure code, catalogued or not
     * @return the scenario
     * @throws IllegalArgumentException if the code is malformed or not an agent failure code
     */
    public static AgentScenario forCode(String code) {
        return new AgentScenario(check(code));
    }

    /**
     * An agent reporting {@code AZSM0001} (Downloading the agent upgrade image failed).
     *
     * @return the scenario
     */
    public static AgentScenario upgradeDownloadFailed() {
        return forCode("AZSM0001");
    }

    /**
     * An agent reporting {@code AZSM0002} (The checks before the agent upgrade failed).
     *
     * @return the scenario
     */
    public static AgentScenario upgradePreCheckFailed() {
        return forCode("AZSM0002");
    }

    /**
     * An agent reporting {@code AZSM0003} (The agent upgrade failed).
     *
     * @return the scenario
     */
    public static AgentScenario upgradeFailed() {
        return forCode("AZSM0003");
    }

    /**
     * An agent reporting {@code AZSM0004} (The checks after the agent upgrade failed).
     *
     * @return the scenario
     */
    public static AgentScenario upgradePostCheckFailed() {
        return forCode("AZSM0004");
    }

    /**
     * An agent reporting {@code AZSM0005} (Rolling back the agent upgrade failed).
     *
     * @return the scenario
     */
    public static AgentScenario upgradeRollbackFailed() {
        return forCode("AZSM0005");
    }

    private static String check(String code) {
        AzsmCode parsed = AzsmCode.parse(code);
        if (parsed.scope() != Scope.AGENT || !parsed.block().isFailure()) {
            throw new IllegalArgumentException(code + " is not an agent failure code (AZSM0xxx, not AZSM0000)");
        }
        return code;
    }

    private static String message(String code) {
        return "simulated by azsm-testkit: " + AzsmErrors.catalog().describe(AzsmCode.parse(code)).message();
    }
}
