/**
 * The catalogue of Storage Mover status codes and what is built on it.
 *
 * <ul>
 *   <li>{@link dev.azsm.core.ErrorCatalog}: every catalogued code with its message, mitigation,
 *       documentation, remedy and origin, loaded from one data file.</li>
 *   <li>{@link dev.azsm.core.AzsmErrors}: a code (from an agent, a job run, a log) becomes its typed
 *       exception, forward compatibly; exceptions become error payloads and back.</li>
 *   <li>{@link dev.azsm.core.AgentErrors}, {@link dev.azsm.core.JobErrors},
 *       {@link dev.azsm.core.FileErrors}: one factory per code, for agent code that throws.</li>
 *   <li>{@link dev.azsm.core.FailureTranslator}: low-level failures ({@code IOException}, storage
 *       errors) become the right code for what the agent was doing.</li>
 *   <li>{@link dev.azsm.core.AzsmLogging} and {@link dev.azsm.core.AzsmTry}: SLF4J and Vavr.</li>
 * </ul>
 */
@NullMarked
package dev.azsm.core;

import org.jspecify.annotations.NullMarked;
