package dev.azsm.client;

/**
 * The six counters of a job run, for items or for bytes.
 *
 * @param scanned          found on the source
 * @param excluded         left out by a filter
 * @param unsupported      not supported by the target
 * @param noTransferNeeded unchanged since the last run
 * @param failed           failed to transfer
 * @param transferred      copied
 */
public record Counters(long scanned, long excluded, long unsupported, long noTransferNeeded, long failed,
        long transferred) {

    /** All zero. */
    public static final Counters ZERO = new Counters(0, 0, 0, 0, 0, 0);

    /**
     * Returns how many of the scanned are dealt with: transferred, failed, excluded, unsupported or
     * not needing a transfer.
     *
     * @return the processed count
     */
    public long processed() {
        return excluded + unsupported + noTransferNeeded + failed + transferred;
    }
}
