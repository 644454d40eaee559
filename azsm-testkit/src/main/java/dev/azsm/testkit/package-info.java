/**
 * Test helpers for code that uses azsm: failure scenarios, a fake Storage Mover service, JUnit, Mockito, AssertJ and ArchUnit support.
 */
package dev.azsm.testkit;
