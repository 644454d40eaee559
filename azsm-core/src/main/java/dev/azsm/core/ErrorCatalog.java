package dev.azsm.core;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.AzsmException;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.CodeDescription;
import dev.azsm.api.Remedy;
import dev.azsm.api.Scope;
import dev.azsm.core.internal.CatalogFile;
import dev.azsm.core.internal.ExceptionClasses;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, thread-safe catalogue of status codes: what each catalogued code means, what to do
 * about it and where it is documented, and the forward-compatible description of every other
 * well-formed code.
 *
 * <p>{@link #defaults()} is azsm's own catalogue, read once from its data file. Agent developers
 * who own blocks of the code space add their codes on top of it:
 *
 * <pre>{@code
 * ErrorCatalog mine = ErrorCatalog.defaults().toBuilder()
 *         .add(CatalogEntry.builder("AZSM1061").message("Snapshot of the source failed")
 *                 .mitigation("Check the snapshot schedule of the source, then retry.")
 *                 .remedy(Remedy.FIX_CONFIGURATION).build())
 *         .build();
 * mine.newException(AzsmCode.parse("AZSM1061"), "snapshot s1 busy", Map.of(), null, true);
 * }</pre>
 */
public final class ErrorCatalog {

    private static final class Defaults {
        static final ErrorCatalog INSTANCE = builder().addAll(CatalogFile.load()).build();
    }

    private final List<CatalogEntry> entries;
    private final @Nullable CatalogEntry[] byValue;
    private final CodeDescription[] descriptions;

    private ErrorCatalog(Collection<CatalogEntry> sorted) {
        this.entries = List.copyOf(sorted);
        this.byValue = new CatalogEntry[AzsmCode.MAX_VALUE + 1];
        for (CatalogEntry entry : entries) {
            byValue[entry.code().value()] = entry;
        }
        this.descriptions = new CodeDescription[AzsmCode.MAX_VALUE + 1];
        for (int value = 0; value <= AzsmCode.MAX_VALUE; value++) {
            CatalogEntry entry = byValue[value];
            descriptions[value] = entry != null ? entry.description() : derive(AzsmCode.of(value));
        }
    }

    /**
     * Returns azsm's own catalogue: the specification's job-run codes and the later public codes.
     *
     * @return the default catalogue, the same instance every time
     */
    public static ErrorCatalog defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * Starts an empty catalogue.
     *
     * @return a builder (not thread-safe)
     */
    public static Builder builder() {
        return new Builder(List.of());
    }

    /**
     * Starts a catalogue holding this one's entries, to add codes on top.
     *
     * @return a builder (not thread-safe)
     */
    public Builder toBuilder() {
        return new Builder(entries);
    }

    /**
     * Returns the entry of a code.
     *
     * @param code the code
     * @return the entry, or empty if the code is not catalogued
     */
    public Optional<CatalogEntry> find(AzsmCode code) {
        return Optional.ofNullable(byValue[Objects.requireNonNull(code, "code is null").value()]);
    }

    /**
     * Returns the entry of a code given as text.
     *
     * @param code the code, strictly well-formed
     * @return the entry, or empty if the text is not a catalogued code
     */
    public Optional<CatalogEntry> find(@Nullable CharSequence code) {
        return AzsmCode.tryParse(code).flatMap(this::find);
    }

    /**
     * Returns whether a code is catalogued.
     *
     * @param code the code
     * @return whether {@link #find(AzsmCode)} has it
     */
    public boolean contains(AzsmCode code) {
        return find(code).isPresent();
    }

    /**
     * Returns every entry, in code order.
     *
     * @return the entries
     */
    public List<CatalogEntry> entries() {
        return entries;
    }

    /**
     * Returns the entries of one scope, in code order.
     *
     * @param scope the scope
     * @return the entries
     */
    public List<CatalogEntry> entries(Scope scope) {
        return entries.stream().filter(e -> e.code().scope() == scope).toList();
    }

    /**
     * Returns the number of entries.
     *
     * @return the size
     */
    public int size() {
        return entries.size();
    }

    /**
     * Describes any code: a catalogued code by its entry; any other code as not recognised, with
     * its block's name, the remedy of its block's miscellaneous code, and a mitigation that says
     * the code is newer than this SDK.
     *
     * @param code the code
     * @return the description, never null
     */
    public CodeDescription describe(AzsmCode code) {
        return descriptions[Objects.requireNonNull(code, "code is null").value()];
    }

    /**
     * Creates the typed exception of a failure code: the category class of its block where the
     * block is named, else its scope's class.
     *
     * @param code               the code, a failure
     * @param detail             what happened this time, or null
     * @param context            the context, or null
     * @param cause              the underlying failure, or null
     * @param writableStackTrace whether to capture the stack trace
     * @return the exception
     * @throws IllegalArgumentException if the code is success or an outcome that is not a failure
     */
    public AzsmException newException(AzsmCode code, @Nullable String detail, @Nullable Map<String, String> context,
            @Nullable Throwable cause, boolean writableStackTrace) {
        CodeDescription description = describe(code);
        if (!code.block().isFailure()) {
            throw new IllegalArgumentException(notAFailure(description));
        }
        return ExceptionClasses.create(description, detail, context, cause, writableStackTrace);
    }

    static String notAFailure(CodeDescription description) {
        AzsmCode code = description.code();
        if (code.isSuccess()) {
            return "AZSM0000 is success, not an error: check AzsmCode.isSuccess() before mapping a code to an exception";
        }
        return code + " (" + description.message() + ") is an outcome of the " + code.block().name().orElse("?")
                + " block, not an error: it is reported, never thrown; check code.block().isFailure() first";
    }

    private CodeDescription derive(AzsmCode code) {
        CodeBlock block = code.block();
        if (code.isSuccess()) {
            return new CodeDescription(code, true, "Success", "Nothing to do: the operation succeeded.",
                    CatalogEntry.documentationOf(code), Remedy.NONE);
        }
        CatalogEntry miscellaneous = byValue[block.miscellaneous().value()];
        String message = "Unrecognised " + code.scope().label() + " status code"
                + block.name().map(name -> " in the " + name + " block").orElse("");
        StringBuilder mitigation = new StringBuilder("This code is newer than this version of azsm, whose catalogue"
                + " does not have it. It belongs to block ").append(block);
        if (miscellaneous != null && miscellaneous.code() != code) {
            mitigation.append(", whose miscellaneous code ").append(miscellaneous.code()).append(" advises: ")
                    .append(miscellaneous.mitigation());
        } else {
            mitigation.append('.');
        }
        mitigation.append(" See the documentation for the code's current meaning, and upgrade azsm.");
        Remedy remedy = miscellaneous != null ? miscellaneous.remedy()
                : block.isFailure() ? Remedy.CONTACT_SUPPORT : Remedy.NONE;
        return new CodeDescription(code, false, message, mitigation.toString(), CatalogEntry.documentationOf(code),
                remedy);
    }

    /** Builds an {@link ErrorCatalog}, checking each entry as it is added; not thread-safe. */
    public static final class Builder {
        private final TreeMap<AzsmCode, CatalogEntry> entries = new TreeMap<>();

        private Builder(List<CatalogEntry> base) {
            base.forEach(e -> entries.put(e.code(), e));
        }

        /**
         * Adds an entry.
         *
         * @param entry the entry
         * @return this
         * @throws IllegalArgumentException if the code is already catalogued, or the entry calls
         *     itself miscellaneous but is not its block's last number
         */
        public Builder add(CatalogEntry entry) {
            Objects.requireNonNull(entry, "entry is null");
            CatalogEntry existing = entries.get(entry.code());
            if (existing != null) {
                throw new IllegalArgumentException(entry.code() + " is already catalogued as \"" + existing.message()
                        + "\" (" + existing.origin().description() + "); a code can be catalogued once");
            }
            CodeBlock block = entry.block();
            boolean saysMiscellaneous = entry.message().toLowerCase(Locale.ROOT).contains("miscellaneous");
            if (saysMiscellaneous && block.miscellaneous() != entry.code()) {
                throw new IllegalArgumentException(entry.code() + " is described as miscellaneous, but the miscellaneous"
                        + " code of block " + block + " is its last number, " + block.miscellaneous());
            }
            entries.put(entry.code(), entry);
            return this;
        }

        /**
         * Adds entries, each checked as by {@link #add(CatalogEntry)}.
         *
         * @param more the entries
         * @return this
         */
        public Builder addAll(Iterable<CatalogEntry> more) {
            more.forEach(this::add);
            return this;
        }

        /**
         * Builds the catalogue.
         *
         * @return an immutable catalogue
         */
        public ErrorCatalog build() {
            return new ErrorCatalog(new ArrayList<>(entries.values()));
        }
    }
}
