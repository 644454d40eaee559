/**
 * A typed client for Storage Mover job runs and agents.
 *
 * <pre>{@code
 * try (AgentClient client = AgentClient.builder().tokenProvider(tokens).build()) {
 *     String run = client.startJob(jobDefinitionId);
 *     client.awaitJobRun(run, Duration.ofHours(2));
 * } catch (TargetAccessException e) {           // the run failed with AZSM1021..AZSM1040
 *     ...
 * } catch (StorageMoverServiceException e) {    // the REST API itself answered with an error
 *     ...
 * }
 * }</pre>
 */
@NullMarked
package dev.azsm.client;

import org.jspecify.annotations.NullMarked;
