package dev.azsm.client;

import dev.azsm.client.internal.CopyLogSources;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads copy-log records one at a time, whatever the log's size: a CSV export of
 * {@code StorageMoverCopyLogsFailed}, JSON Lines, or a Log Analytics query answer. Memory holds one
 * record at a time.
 *
 * <p>Bad input never ends the read: a record that cannot be read (a wrong field count, a
 * truncated line, no item path, bad JSON) is skipped and reported with its line number and the
 * reason; a record with a malformed code or a code of another scope is read and reported. After
 * the read, {@link #problems()} and {@link #skipped()} say what happened.
 *
 * <pre>{@code
 * try (CopyLogReader log = CopyLogReader.open(Path.of("copy-logs.csv"))) {   // format detected
 *     TriageReport report = log.records().collect(CopyLogTriage.collector());
 *     log.problems().forEach(p -> log.warn("{}", p));                            // "line 17: it has 7 fields ..."
 * }
 * }</pre>
 *
 * <p>Not thread-safe; one pass.
 */
public final class CopyLogReader implements AutoCloseable, Iterable<FileFailure> {

    /** How many problems are kept; more are counted. */
    public static final int MAX_KEPT_PROBLEMS = 1000;

    private final Reader in;
    private final CopyLogFormat format;
    private final CopyLogSources.Source source;
    private final List<RecordProblem> problems = new ArrayList<>();
    private long problemCount;
    private long skipped;
    private long read;
    private boolean iterating;

    private CopyLogReader(Reader in, CopyLogFormat format) {
        this.in = in;
        this.format = format;
        this.source = CopyLogSources.of(format, in, this::note);
    }

    /**
     * Opens a log file, detecting its format from its first characters: <code>{"tables"</code> is a
     * Log Analytics answer, another <code>{</code> starts JSON Lines, anything else is CSV. Invalid
     * UTF-8 is replaced, not fatal.
     *
     * @param file the file
     * @return the reader; close it
     * @throws IOException if the file cannot be opened (such as {@code NoSuchFileException})
     */
    public static CopyLogReader open(Path file) throws IOException {
        BufferedReader reader = reader(file);
        try {
            return new CopyLogReader(reader, detect(reader));
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /**
     * Opens a log file of a given format.
     *
     * @param file   the file
     * @param format its format
     * @return the reader; close it
     * @throws IOException if the file cannot be opened
     */
    public static CopyLogReader open(Path file, CopyLogFormat format) throws IOException {
        return new CopyLogReader(reader(file), Objects.requireNonNull(format, "format is null"));
    }

    /**
     * Reads a log of a given format from characters; closing the reader closes them.
     *
     * @param in     the characters
     * @param format the format
     * @return the reader
     */
    public static CopyLogReader of(Reader in, CopyLogFormat format) {
        return new CopyLogReader(Objects.requireNonNull(in, "in is null"), Objects.requireNonNull(format, "format is null"));
    }

    /**
     * Reads a log from characters, detecting its format.
     *
     * @param in the characters
     * @return the reader
     * @throws IOException if reading the first characters fails
     */
    public static CopyLogReader of(Reader in) throws IOException {
        BufferedReader buffered = in instanceof BufferedReader b ? b : new BufferedReader(in, 64 * 1024);
        return new CopyLogReader(buffered, detect(buffered));
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 64 * 1024);
    }

    static CopyLogFormat detect(BufferedReader in) throws IOException {
        char[] head = new char[4096];
        in.mark(head.length + 1);
        int n = in.read(head, 0, head.length);
        in.reset();
        String start = n <= 0 ? "" : new String(head, 0, n).replace("\uFEFF", "").stripLeading();
        if (start.startsWith("{")) {
            return start.substring(1).stripLeading().startsWith("\"tables\"") ? CopyLogFormat.LOG_ANALYTICS
                    : CopyLogFormat.JSON_LINES;
        }
        return CopyLogFormat.CSV;
    }

    /** @return the log's format */
    public CopyLogFormat format() {
        return format;
    }

    /**
     * Returns the records as a stream, read lazily; a stream can be made once.
     *
     * @return the records
     */
    public Stream<FileFailure> records() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /**
     * Returns the records; can be called once.
     *
     * @return the iterator
     * @throws IllegalStateException on a second call
     */
    @Override
    public Iterator<FileFailure> iterator() {
        if (iterating) {
            throw new IllegalStateException("A CopyLogReader reads once; open the log again to read it again");
        }
        iterating = true;
        return new Iterator<>() {
            private @Nullable FileFailure next;
            private boolean done;

            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = source.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Reading the copy log failed after " + read + " records", e);
                    }
                    done = next == null;
                    if (next != null) {
                        read++;
                    }
                }
                return next != null;
            }

            @Override
            public FileFailure next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                FileFailure record = next;
                next = null;
                return record;
            }
        };
    }

    private void note(RecordProblem problem) {
        problemCount++;
        if (problem.skipped()) {
            skipped++;
        }
        if (problems.size() < MAX_KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    /** @return the problems met so far, the first {@value #MAX_KEPT_PROBLEMS} of them */
    public List<RecordProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    /** @return how many problems were met, kept or not */
    public long problemCount() {
        return problemCount;
    }

    /** @return how many records were skipped */
    public long skipped() {
        return skipped;
    }

    /** @return how many records were read */
    public long read() {
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
