package dev.azsm.core.internal;

import dev.azsm.api.CodeBlock;
import dev.azsm.api.Remedy;
import dev.azsm.core.CatalogEntry;
import dev.azsm.core.Origin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the catalogue data file, {@code dev/azsm/core/catalog.tsv}: tab-separated, one entry a
 * line, a header line, {@code #} comments.
 */
public final class CatalogFile {

    /** The resource that holds azsm's catalogue. */
    public static final String RESOURCE = "/dev/azsm/core/catalog.tsv";

    private static final List<String> COLUMNS = List.of(
            "code", "block", "factory", "params", "remedy", "origin", "anchor", "message", "mitigation", "note");

    private CatalogFile() {
    }

    /**
     * Loads azsm's own catalogue.
     *
     * @return the entries in file order
     * @throws IllegalStateException if the file is missing or malformed, naming the line
     */
    public static List<CatalogEntry> load() {
        try (InputStream in = CatalogFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The azsm catalogue " + RESOURCE + " is missing from the class path");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the azsm catalogue " + RESOURCE + " failed", e);
        }
    }

    /**
     * Parses catalogue lines.
     *
     * @param lines the lines of the file
     * @return the entries
     * @throws IllegalStateException naming the line and what is wrong with it
     */
    public static List<CatalogEntry> parse(List<String> lines) {
        List<CatalogEntry> entries = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header) {
                if (!Arrays.asList(cells).equals(COLUMNS)) {
                    throw problem(i, "the header must be " + String.join(" ", COLUMNS));
                }
                header = false;
                continue;
            }
            if (cells.length != COLUMNS.size()) {
                throw problem(i, "it has " + cells.length + " columns, expected " + COLUMNS.size());
            }
            try {
                entries.add(entry(cells));
            } catch (IllegalArgumentException e) {
                throw problem(i, e.getMessage());
            }
        }
        return entries;
    }

    private static CatalogEntry entry(String[] c) {
        CatalogEntry entry = CatalogEntry.builder(c[0])
                .factory(c[2])
                .parameters(c[3].isEmpty() ? List.of() : List.of(c[3].split(",")))
                .remedy(Remedy.valueOf(c[4]))
                .origin(Origin.valueOf(c[5].toUpperCase(Locale.ROOT)))
                .documentation(URI.create(CatalogEntry.DOCUMENTATION_PAGE + "#" + c[6]))
                .message(c[7])
                .mitigation(c[8])
                .note(c[9])
                .build();
        CodeBlock block = entry.block();
        if (!block.name().orElse("").equals(c[1])) {
            throw new IllegalArgumentException("block \"" + c[1] + "\" does not match the code's block " + block);
        }
        if (entry.isFailure() == entry.factory().isEmpty()) {
            throw new IllegalArgumentException(entry.isFailure()
                    ? "a failure code needs a factory name" : "an outcome that is not a failure has no factory");
        }
        return entry;
    }

    private static IllegalStateException problem(int index, String what) {
        return new IllegalStateException("The azsm catalogue " + RESOURCE + " is malformed at line " + (index + 1)
                + ": " + what);
    }
}
