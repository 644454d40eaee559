/**
 * Test helpers for code that uses azsm: failure scenarios, a fake Storage Mover service, JUnit, Mockito, AssertJ and ArchUnit support.
 */
module dev.azsm.testkit {
    requires transitive dev.azsm.client;
}
