package dev.azsm.testkit;

import dev.azsm.api.AzsmException;

/**
 * An agent that needs attention because it reports a code: installed on a
 * {@link FakeStorageMover}, or as the exception production decodes for it. Made by
 * {@link AgentFailureScenarios}.
 *
 * @param code the agent failure code, such as {@code "AZSM0003"}
 */
public record AgentScenario(String code) {

    /**
     * Adds the agent to a fake.
     *
     * @param fake      the fake
     * @param agentName the agent's name
     * @return the agent's resource id
     */
    public String install(FakeStorageMover fake, String agentName) {
        return AgentFailureScenarios.install(fake, agentName, code);
    }

    /**
     * Returns the exception production decodes for the agent, as {@link #install} serves it.
     *
     * @param agentName the agent's name
     * @return the exception
     */
    public AzsmException exception(String agentName) {
        return AgentFailureScenarios.exception(agentName, code);
    }
}
