package dev.azsm.client;

/** The shapes a copy log comes in. */
public enum CopyLogFormat {
    /** A CSV export of the table, with a header row of column names (the portal, {@code az monitor}). */
    CSV,
    /** JSON Lines: one JSON object per line, keyed by column name. */
    JSON_LINES,
    /** The Log Analytics query API's answer: {@code {"tables": [{"columns": [...], "rows": [[...]]}]}}. */
    LOG_ANALYTICS
}
