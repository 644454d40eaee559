package dev.azsm.client.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads RFC 4180 CSV one record at a time: quoted fields with commas, doubled quotes and line
 * breaks, CRLF or LF line ends, a leading byte-order mark. Tracks the line each record starts on.
 * Memory holds one record at a time.
 */
public final class CsvRecords {

    /** A record and the line it starts on; {@code truncated} when the input ended inside quotes. */
    public record Row(long line, List<String> fields, boolean truncated) {
    }

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long line = 1;
    private boolean started;
    private final StringBuilder field = new StringBuilder(128);

    /**
     * Reads from a reader; the caller closes it.
     *
     * @param in the characters
     */
    public CsvRecords(Reader in) {
        this.in = in;
    }

    /**
     * Reads the next record.
     *
     * @return the record, or null at the end
     * @throws IOException if reading fails
     */
    public @Nullable Row next() throws IOException {
        if (!started) {
            started = true;
            if (fill() && buffer[position] == '\uFEFF') {
                position++;
            }
        }
        // Skip blank lines between records.
        while (true) {
            if (position >= limit && !fill()) {
                return null;
            }
            char c = buffer[position];
            if (c == '\n') {
                position++;
                line++;
            } else if (c == '\r') {
                position++;
            } else {
                break;
            }
        }
        long start = line;
        List<String> fields = new ArrayList<>(12);
        field.setLength(0);
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (position >= limit && !fill()) {
                fields.add(field.toString());
                return new Row(start, fields, quoted);
            }
            char c = buffer[position++];
            if (quoted) {
                if (c == '"') {
                    if (position >= limit && !fill()) {
                        fields.add(field.toString());
                        return new Row(start, fields, false);
                    }
                    if (buffer[position] == '"') {
                        field.append('"');
                        position++;
                    } else {
                        quoted = false;
                        afterQuote = true;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n') {
                line++;
                fields.add(field.toString());
                return new Row(start, fields, false);
            } else if (c == '\r') {
                // dropped: CRLF line ends
            } else if (c == '"' && field.length() == 0 && !afterQuote) {
                quoted = true;
            } else {
                field.append(c);
            }
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
