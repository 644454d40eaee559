package dev.azsm.client;

import java.util.Objects;

/**
 * Where the scan of a job run's source is, an extensible enumeration like {@link JobRunStatus}.
 *
 * @param value the status as the service sent it, such as {@code "Scanning"}
 */
public record ScanStatus(String value) {

    /** The scan has not started. */
    public static final ScanStatus NOT_STARTED = new ScanStatus("NotStarted");
    /** The source is being scanned. */
    public static final ScanStatus SCANNING = new ScanStatus("Scanning");
    /** The scan is complete: the totals are final. */
    public static final ScanStatus COMPLETED = new ScanStatus("Completed");

    /**
     * Checks the value is present.
     *
     * @throws NullPointerException if it is null
     */
    public ScanStatus {
        Objects.requireNonNull(value, "value is null");
    }

    @Override
    public String toString() {
        return value;
    }
}
