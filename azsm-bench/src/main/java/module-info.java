/**
 * JMH benchmarks of azsm, each beside its baseline. Never published; run from the shaded jar.
 */
module dev.azsm.bench {
    requires dev.azsm.client;
    requires com.fasterxml.jackson.core;
    requires jmh.core;

    opens dev.azsm.bench;
}
