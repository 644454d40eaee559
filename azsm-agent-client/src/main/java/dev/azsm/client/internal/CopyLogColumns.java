package dev.azsm.client.internal;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.Scope;
import dev.azsm.api.internal.Text;
import dev.azsm.client.FileFailure;
import dev.azsm.client.RecordProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where the columns of {@code StorageMoverCopyLogsFailed} are in a record, found by name in any
 * order and any case; turns a record's fields into a {@link FileFailure}, noting problems.
 */
public final class CopyLogColumns {

    /** The columns azsm reads; the workspace's bookkeeping columns are ignored. */
    public static final List<String> NAMES = List.of("TimeGenerated", "JobRunName", "ItemPath", "ItemType", "FileSize",
            "TransferResult", "StatusCode", "Details");

    private final int[] index = new int[NAMES.size()];
    private final int width;

    private CopyLogColumns(List<String> header) {
        Arrays.fill(index, -1);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i) == null ? "" : header.get(i).strip();
            for (int c = 0; c < NAMES.size(); c++) {
                if (NAMES.get(c).equalsIgnoreCase(name) && index[c] < 0) {
                    index[c] = i;
                }
            }
        }
        this.width = header.size();
    }

    /**
     * Finds the columns in a header.
     *
     * @param header the column names in order
     * @return the columns
     * @throws IllegalArgumentException if there is no ItemPath or no StatusCode column
     */
    public static CopyLogColumns of(List<String> header) {
        CopyLogColumns columns = new CopyLogColumns(header);
        if (columns.index[2] < 0 || columns.index[6] < 0) {
            throw new IllegalArgumentException("the header " + Text.quote(String.join(",", header))
                    + " lacks the ItemPath or StatusCode column; expected the columns of StorageMoverCopyLogsFailed: "
                    + String.join(", ", NAMES));
        }
        return columns;
    }

    /** @return how many fields a record has */
    public int width() {
        return width;
    }

    /** @return the position of a column (one of {@link #NAMES}), or -1 */
    public int indexOf(String name) {
        return index[NAMES.indexOf(name)];
    }

    /**
     * Turns a record's fields into a {@link FileFailure}.
     *
     * @param line     the record's line
     * @param fields   the fields, in header order
     * @param problems where to note problems
     * @return the record, or null if it is skipped (its problem noted)
     */
    public @Nullable FileFailure toRecord(long line, List<@Nullable String> fields, Consumer<RecordProblem> problems) {
        if (fields.size() != width) {
            problems.accept(new RecordProblem(line, "it has " + fields.size() + " fields where the header has " + width,
                    true));
            return null;
        }
        String path = field(fields, 2);
        if (path == null || path.isEmpty()) {
            problems.accept(new RecordProblem(line, "it has no ItemPath", true));
            return null;
        }
        String sizeText = field(fields, 4);
        Long size = null;
        if (sizeText != null && !sizeText.isBlank()) {
            try {
                size = Long.parseLong(sizeText.strip());
            } catch (NumberFormatException e) {
                problems.accept(new RecordProblem(line, "FileSize " + Text.quote(sizeText)
                        + " is not a whole number; the record is kept without a size", false));
            }
        }
        String code = field(fields, 6);
        if (code != null && !code.isEmpty()) {
            AzsmCode parsed = AzsmCode.tryParse(code).orElse(null);
            if (parsed == null) {
                problems.accept(new RecordProblem(line, AzsmCode.problemWith(code).orElse("malformed code")
                        + "; the record is kept as AZSM2080 with the raw code", false));
            } else if (parsed.scope() != Scope.FILE && !parsed.isSuccess()) {
                problems.accept(new RecordProblem(line, "status code " + parsed + " is a "
                        + parsed.scope().label().toLowerCase(Locale.ROOT)
                        + " code, where a copy log holds file codes (AZSM2xxx); the record is kept", false));
            }
        }
        return new FileFailure(line, field(fields, 0), field(fields, 1), path, field(fields, 3), size, field(fields, 5),
                code, field(fields, 7));
    }

    private @Nullable String field(List<@Nullable String> fields, int column) {
        int at = index[column];
        return at < 0 ? null : fields.get(at);
    }
}
