/**
 * Test helpers for code that uses azsm: failure scenarios, a fake Storage Mover service on
 * loopback, a JUnit 5 extension, Mockito helpers, AssertJ assertions and ArchUnit rules. JUnit,
 * Mockito, AssertJ and ArchUnit are optional: bring the ones you use.
 */
module dev.azsm.testkit {
    requires transitive dev.azsm.client;
    requires jdk.httpserver;
    requires com.fasterxml.jackson.databind;
    requires static org.jspecify;
    requires static org.junit.jupiter.api;
    requires static org.junit.jupiter.params;
    requires static org.junit.platform.commons;
    requires static org.mockito;
    requires static org.assertj.core;
    requires static com.tngtech.archunit;

    exports dev.azsm.testkit;
    exports dev.azsm.testkit.internal to dev.azsm.cli, org.junit.platform.commons;
    opens dev.azsm.testkit.internal to org.junit.platform.commons;
}
