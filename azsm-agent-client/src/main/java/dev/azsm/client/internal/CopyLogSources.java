package dev.azsm.client.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.azsm.client.CopyLogFormat;
import dev.azsm.client.FileFailure;
import dev.azsm.client.RecordProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The record sources behind {@link dev.azsm.client.CopyLogReader}, one per format. */
public final class CopyLogSources {

    /** Gives the next record, or null at the end. */
    @FunctionalInterface
    public interface Source {
        /**
         * Reads the next record, skipping (and noting) what cannot be read.
         *
         * @return the record, or null at the end
         * @throws IOException if reading fails
         */
        @Nullable FileFailure next() throws IOException;
    }

    // Duplicate keys among the columns are found by readObject itself, without Jackson's per-object set.
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100)
                    .maxStringLength(1 << 20).build())
            .build();

    private CopyLogSources() {
    }

    /**
     * Returns the source of a format.
     *
     * @param format   the format
     * @param in       the characters
     * @param problems where to note problems
     * @return the source
     */
    public static Source of(CopyLogFormat format, Reader in, Consumer<RecordProblem> problems) {
        return switch (format) {
            case CSV -> csv(in, problems);
            case JSON_LINES -> jsonLines(in, problems);
            case LOG_ANALYTICS -> logAnalytics(in, problems);
        };
    }

    private static Source csv(Reader in, Consumer<RecordProblem> problems) {
        CsvRecords rows = new CsvRecords(in);
        CopyLogColumns[] columns = new CopyLogColumns[1];
        return () -> {
            while (true) {
                CsvRecords.Row row = rows.next();
                if (row == null) {
                    if (columns[0] == null) {
                        problems.accept(new RecordProblem(1, "the log is empty: expected a header row with the columns "
                                + String.join(",", CopyLogColumns.NAMES), false));
                        columns[0] = CopyLogColumns.of(CopyLogColumns.NAMES);
                    }
                    return null;
                }
                if (columns[0] == null) {
                    columns[0] = CopyLogColumns.of(row.fields());
                    continue;
                }
                if (row.truncated()) {
                    problems.accept(new RecordProblem(row.line(), "the log ends inside a quoted field: the record is"
                            + " truncated", true));
                    continue;
                }
                FileFailure record = columns[0].toRecord(row.line(), row.fields(), problems);
                if (record != null) {
                    return record;
                }
            }
        };
    }

    private static Source jsonLines(Reader in, Consumer<RecordProblem> problems) {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in, 64 * 1024);
        CopyLogColumns columns = CopyLogColumns.of(CopyLogColumns.NAMES);
        long[] number = {0};
        return () -> {
            String line;
            while ((line = lines.readLine()) != null) {
                number[0]++;
                if (number[0] == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] values = new String[CopyLogColumns.NAMES.size()];
                try (JsonParser parser = JSON.createParser(line)) {
                    if (parser.nextToken() != JsonToken.START_OBJECT) {
                        problems.accept(new RecordProblem(number[0], "it is not a JSON object", true));
                        continue;
                    }
                    readObject(parser, values);
                    if (parser.nextToken() != null) {
                        problems.accept(new RecordProblem(number[0], "it has more after the JSON object", true));
                        continue;
                    }
                } catch (JsonProcessingException e) {
                    problems.accept(new RecordProblem(number[0], "it is not valid JSON: " + e.getOriginalMessage(), true));
                    continue;
                }
                FileFailure record = columns.toRecord(number[0], Arrays.asList(values), problems);
                if (record != null) {
                    return record;
                }
            }
            return null;
        };
    }

    private static void readObject(JsonParser parser, @Nullable String[] fields) throws IOException {
        JsonToken token;
        int seen = 0;
        while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int column = column(name);
            if (column >= 0) {
                if ((seen & (1 << column)) != 0) {
                    throw new com.fasterxml.jackson.core.JsonParseException(parser,
                            "the column \"" + CopyLogColumns.NAMES.get(column) + "\" appears twice");
                }
                seen |= 1 << column;
            }
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                parser.skipChildren();
            } else if (column >= 0 && value != JsonToken.VALUE_NULL) {
                fields[column] = parser.getText();
            }
        }
        if (token != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(parser, "the object is not closed");
        }
    }

    // Exact names first (the common case, and Jackson's names are canonical), then any case.
    private static int column(String name) {
        switch (name) {
            case "TimeGenerated": return 0;
            case "JobRunName": return 1;
            case "ItemPath": return 2;
            case "ItemType": return 3;
            case "FileSize": return 4;
            case "TransferResult": return 5;
            case "StatusCode": return 6;
            case "Details": return 7;
            default: break;
        }
        for (int i = 0; i < CopyLogColumns.NAMES.size(); i++) {
            if (CopyLogColumns.NAMES.get(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Source logAnalytics(Reader in, Consumer<RecordProblem> problems) {
        return new Source() {
            private @Nullable JsonParser parser;
            private @Nullable CopyLogColumns columns;
            private long row;
            private boolean inRow;
            private boolean done;

            @Override
            public @Nullable FileFailure next() throws IOException {
                if (done) {
                    return null;
                }
                try {
                    if (parser == null) {
                        parser = JSON.createParser(in);
                        if (!openRows(parser)) {
                            done = true;
                            return null;
                        }
                    }
                    while (true) {
                        JsonToken token = parser.nextToken();
                        if (token != JsonToken.START_ARRAY) {
                            done = true;
                            return null;
                        }
                        row++;
                        inRow = true;
                        List<@Nullable String> fields = new ArrayList<>(columns.width());
                        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                                parser.skipChildren();
                                fields.add(null);
                            } else {
                                fields.add(token == JsonToken.VALUE_NULL ? null : parser.getText());
                            }
                        }
                        inRow = false;
                        FileFailure record = columns.toRecord(row, fields, problems);
                        if (record != null) {
                            return record;
                        }
                    }
                } catch (JsonProcessingException e) {
                    done = true;
                    problems.accept(new RecordProblem(inRow ? row : row + 1, "the Log Analytics answer is not valid JSON here ("
                            + e.getOriginalMessage() + "); reading stopped", true));
                    return null;
                }
            }

            // Moves to the first table's rows, reading its columns on the way.
            private boolean openRows(JsonParser p) throws IOException {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    problems.accept(new RecordProblem(1, "the Log Analytics answer is not a JSON object", true));
                    return false;
                }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken value = p.nextToken();
                    if (!"tables".equals(field) || value != JsonToken.START_ARRAY) {
                        p.skipChildren();
                        continue;
                    }
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        problems.accept(new RecordProblem(1, "the answer has no table", false));
                        return false;
                    }
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        JsonToken start = p.nextToken();
                        if ("columns".equals(name) && start == JsonToken.START_ARRAY) {
                            List<String> header = new ArrayList<>();
                            while (p.nextToken() == JsonToken.START_OBJECT) {
                                String column = null;
                                while (p.nextToken() == JsonToken.FIELD_NAME) {
                                    String key = p.currentName();
                                    p.nextToken();
                                    if ("name".equals(key)) {
                                        column = p.getText();
                                    } else {
                                        p.skipChildren();
                                    }
                                }
                                header.add(column == null ? "" : column);
                            }
                            columns = CopyLogColumns.of(header);
                        } else if ("rows".equals(name) && start == JsonToken.START_ARRAY) {
                            if (columns == null) {
                                problems.accept(new RecordProblem(1, "the table's rows come before its columns;"
                                        + " expected columns first, as the Log Analytics API writes them", true));
                                return false;
                            }
                            return true;
                        } else {
                            p.skipChildren();
                        }
                    }
                    return false;
                }
                problems.accept(new RecordProblem(1, "the answer has no \"tables\" array", false));
                return false;
            }
        };
    }
}
