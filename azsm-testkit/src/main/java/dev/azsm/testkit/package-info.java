/**
 * Test helpers for code that uses azsm.
 *
 * <ul>
 *   <li>{@link dev.azsm.testkit.JobFailureScenarios}: a ready scenario for every catalogued code,
 *       whose exception is decoded exactly as production decodes it.</li>
 *   <li>{@link dev.azsm.testkit.FakeStorageMover}: a real HTTP server on 127.0.0.1 that speaks the
 *       Storage Mover REST shapes, scripted by scenarios, with fault injection.</li>
 *   <li>{@link dev.azsm.testkit.AzsmTest} and {@link dev.azsm.testkit.AzsmCodes}: JUnit 5.</li>
 *   <li>{@link dev.azsm.testkit.AzsmMockito}, {@link dev.azsm.testkit.AzsmAssertions},
 *       {@link dev.azsm.testkit.AzsmArchRules}: Mockito, AssertJ, ArchUnit.</li>
 * </ul>
 */
@NullMarked
package dev.azsm.testkit;

import org.jspecify.annotations.NullMarked;
