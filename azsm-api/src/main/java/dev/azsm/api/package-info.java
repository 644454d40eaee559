/**
 * The code model and the typed exceptions of Azure Storage Mover status codes.
 *
 * <p>A status code is {@code AZSM} followed by four ASCII digits ({@link dev.azsm.api.AzsmCode}).
 * Its first digit is the {@link dev.azsm.api.Scope}; within a scope, codes come in
 * {@link dev.azsm.api.CodeBlock blocks} of 20 whose last code is the block's miscellaneous code.
 * Failures are thrown as subclasses of {@link dev.azsm.api.AzsmException}:
 *
 * <pre>{@code
 * try {
 *     client.awaitJobRun(runId, Duration.ofHours(2));
 * } catch (TargetAccessException e) {      // AZSM1021..AZSM1040
 *     log.warn("{}: {}", e.code(), e.mitigation());
 * } catch (JobException e) {               // any other AZSM1xxx
 *     if (e.isRetryable()) retryLater();
 * }
 * }</pre>
 */
@NullMarked
package dev.azsm.api;

import org.jspecify.annotations.NullMarked;
