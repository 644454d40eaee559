package dev.azsm.client;

import java.nio.file.Path;

/** Triages a log in a forked JVM for {@link LargeLogTests}; prints the totals on one line. */
public final class TriageMain {

    private TriageMain() {
    }

    public static void main(String[] args) throws Exception {
        try (CopyLogReader log = CopyLogReader.open(Path.of(args[0]))) {
            TriageReport report = CopyLogTriage.of(log);
            long maxHeap = Runtime.getRuntime().maxMemory();
            System.out.println("records=" + report.records() + " failures=" + report.totalFailures() + " bytes="
                    + report.totalFailedBytes() + " groups=" + report.failures().size() + " excluded="
                    + report.outcomes().getOrDefault("excluded", 0L) + " transferred="
                    + report.outcomes().getOrDefault("transferred", 0L) + " skipped=" + report.skipped()
                    + " maxHeapMiB=" + maxHeap / (1024 * 1024));
        }
    }
}
