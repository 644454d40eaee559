package dev.azsm.core;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.CodeDescription;
import dev.azsm.api.Remedy;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One catalogued status code: its message, mitigation, documentation link, remedy and origin,
 * and the name of its factory method.
 *
 * <pre>{@code
 * CatalogEntry entry = CatalogEntry.builder("AZSM1075")
 *         .message("Target snapshot failed")
 *         .mitigation("Check the snapshot policy of the target account, then retry.")
 *         .remedy(Remedy.FIX_CONFIGURATION)
 *         .build();
 * }</pre>
 */
public final class CatalogEntry {

    /** The public page that documents every Storage Mover status code, anchored by code. */
    public static final String DOCUMENTATION_PAGE = "https://learn.microsoft.com/azure/storage-mover/status-code";

    private final AzsmCode code;
    private final String message;
    private final String mitigation;
    private final URI documentation;
    private final Remedy remedy;
    private final Origin origin;
    private final @Nullable String factory;
    private final List<String> parameters;
    private final @Nullable String note;

    private CatalogEntry(Builder b) {
        this.code = b.code;
        this.message = b.message;
        this.mitigation = b.mitigation;
        this.documentation = b.documentation != null ? b.documentation : documentationOf(b.code);
        this.remedy = b.remedy;
        this.origin = b.origin;
        this.factory = b.factory;
        this.parameters = List.copyOf(b.parameters);
        this.note = b.note;
    }

    /**
     * Starts an entry for a code.
     *
     * @param code the code, strictly well-formed
     * @return a builder (not thread-safe)
     * @throws IllegalArgumentException if the code is malformed, quoting it
     */
    public static Builder builder(String code) {
        return new Builder(AzsmCode.parse(code));
    }

    /**
     * Returns the public documentation link of a code: the status-code page with the code as anchor.
     *
     * @param code the code
     * @return {@code https://learn.microsoft.com/azure/storage-mover/status-code#AZSM1024}
     */
    public static URI documentationOf(AzsmCode code) {
        return URI.create(DOCUMENTATION_PAGE + "#" + code);
    }

    /** @return the code */
    public AzsmCode code() {
        return code;
    }

    /** @return the code's block */
    public CodeBlock block() {
        return code.block();
    }

    /** @return the short message, such as {@code "Failed to mount source path"} */
    public String message() {
        return message;
    }

    /** @return what a person should do */
    public String mitigation() {
        return mitigation;
    }

    /** @return the public documentation of the code */
    public URI documentation() {
        return documentation;
    }

    /** @return the kind of action the mitigation asks for */
    public Remedy remedy() {
        return remedy;
    }

    /** @return where the entry comes from */
    public Origin origin() {
        return origin;
    }

    /** @return the factory method's name in {@code AgentErrors}, {@code JobErrors} or {@code FileErrors}; empty for outcomes */
    public Optional<String> factory() {
        return Optional.ofNullable(factory);
    }

    /** @return what the factory method takes, in order: {@code source}, {@code target}, {@code itemPath}, {@code agent}, {@code jobRun}, {@code cause} */
    public List<String> parameters() {
        return parameters;
    }

    /** @return a note, such as how a later page worded the code differently; empty when none */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** @return whether the code is a failure, that is, becomes an exception */
    public boolean isFailure() {
        return code.block().isFailure();
    }

    /**
     * Returns the description an exception of this code carries.
     *
     * @return the code, marked recognised, with this entry's text, link and remedy
     */
    public CodeDescription description() {
        return new CodeDescription(code, true, message, mitigation, documentation, remedy);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof CatalogEntry e && e.code == code && e.message.equals(message)
                && e.mitigation.equals(mitigation) && e.documentation.equals(documentation) && e.remedy == remedy
                && e.origin == origin && Objects.equals(e.factory, factory) && e.parameters.equals(parameters)
                && Objects.equals(e.note, note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message, mitigation, remedy, origin);
    }

    @Override
    public String toString() {
        return code + " " + message + " (" + remedy + ", " + origin + ")";
    }

    /** Builds a {@link CatalogEntry}; not thread-safe. */
    public static final class Builder {
        private final AzsmCode code;
        private String message = "";
        private String mitigation = "";
        private @Nullable URI documentation;
        private Remedy remedy = Remedy.CONTACT_SUPPORT;
        private Origin origin = Origin.USER;
        private @Nullable String factory;
        private List<String> parameters = List.of();
        private @Nullable String note;

        private Builder(AzsmCode code) {
            this.code = code;
        }

        /**
         * @param message the short message (required)
         * @return this
         */
        public Builder message(String message) {
            this.message = Objects.requireNonNull(message, "message is null").strip();
            return this;
        }

        /**
         * @param mitigation what a person should do (required)
         * @return this
         */
        public Builder mitigation(String mitigation) {
            this.mitigation = Objects.requireNonNull(mitigation, "mitigation is null").strip();
            return this;
        }

        /**
         * @param documentation the documentation link; default: the public status-code page
         * @return this
         */
        public Builder documentation(URI documentation) {
            this.documentation = Objects.requireNonNull(documentation, "documentation is null");
            return this;
        }

        /**
         * @param remedy the kind of action; default {@link Remedy#CONTACT_SUPPORT}
         * @return this
         */
        public Builder remedy(Remedy remedy) {
            this.remedy = Objects.requireNonNull(remedy, "remedy is null");
            return this;
        }

        /**
         * @param origin where the entry comes from; default {@link Origin#USER}
         * @return this
         */
        public Builder origin(Origin origin) {
            this.origin = Objects.requireNonNull(origin, "origin is null");
            return this;
        }

        /**
         * @param factory the factory method's name, or null
         * @return this
         */
        public Builder factory(@Nullable String factory) {
            this.factory = factory == null || factory.isBlank() ? null : factory;
            return this;
        }

        /**
         * @param parameters what the factory takes
         * @return this
         */
        public Builder parameters(List<String> parameters) {
            this.parameters = List.copyOf(parameters);
            return this;
        }

        /**
         * @param note a note, or null
         * @return this
         */
        public Builder note(@Nullable String note) {
            this.note = note == null || note.isBlank() ? null : note;
            return this;
        }

        /**
         * Builds the entry.
         *
         * @return the entry
         * @throws IllegalArgumentException if the code is success, or the message or mitigation is missing
         */
        public CatalogEntry build() {
            if (code.isSuccess()) {
                throw new IllegalArgumentException("AZSM0000 is success and cannot be catalogued as a status of its own");
            }
            if (message.isEmpty()) {
                throw new IllegalArgumentException("Catalogue entry " + code + " has no message: every code needs one");
            }
            if (mitigation.isEmpty()) {
                throw new IllegalArgumentException("Catalogue entry " + code + " has no mitigation: say what a person should do");
            }
            return new CatalogEntry(this);
        }
    }
}
