package dev.azsm.api;

import dev.azsm.api.internal.Redaction;
import dev.azsm.api.internal.Text;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The root of azsm's unchecked exceptions: a failure reported with a Storage Mover status code.
 *
 * <p>The hierarchy follows the code scheme, so a caller catches what it can act on:
 * {@link AgentException} ({@code AZSM0xxx}), {@link JobException} ({@code AZSM1xxx}) and
 * {@link FileException} ({@code AZSM2xxx}), each with one subclass per named failure block, such
 * as {@link TargetAccessException} for {@code AZSM1021..AZSM1040}. Every exception carries its
 * {@link #code()}, whether the code is {@link #isRecognized() recognized} by this SDK, the
 * {@link #mitigation()}, a {@link #documentation()} link, a {@link #remedy()} and an immutable
 * {@link #context()} (job run, agent, source, target, item, the raw code as received, ...).
 *
 * <p>Construction checks the code: an exception never holds a code of another scope or another
 * block, never success ({@code AZSM0000}) and never an outcome that is not a failure (excluded,
 * no copy necessary). Create exceptions through {@code azsm-core}'s factories
 * ({@code JobErrors}, {@code AzsmErrors.fromCode(...)}) rather than with {@code new}: they fill
 * the text from the catalogue.
 *
 * <p>{@link #getMessage()} reads {@code AZSM1024 Authorization failure on claiming the target
 * container: <detail>}. Secrets (SAS signatures, account keys, passwords, bearer tokens) are masked
 * in the detail and the context when the exception is built, and {@link #getMessage()} and
 * {@link #toString()} escape control characters and new lines, so one failure is one log line.
 *
 * <p>Exceptions are immutable and safe to serialize: the serialized form holds the fields above,
 * the cause and the stack trace, and deserialization checks the same invariants as construction.
 */
public abstract sealed class AzsmException extends RuntimeException
        permits AgentException, JobException, FileException {

    @Serial
    private static final long serialVersionUID = 1L;
    private static final int MAX_SERIALIZED_CONTEXT = 1024;

    /** @serial the status code */
    private final AzsmCode code;
    /** @serial whether the code is catalogued */
    private final boolean recognized;
    /** @serial the code's message from the catalogue */
    private final String title;
    /** @serial what happened this time, redacted; may be null */
    private final @Nullable String detail;
    /** @serial what to do */
    private final String mitigation;
    /** @serial the documentation link */
    private final URI documentation;
    /** @serial the remedy */
    private final Remedy remedy;
    // Written by writeObject as a count and key/value pairs: a stable form independent of Map classes.
    private transient Map<String, String> context;
    // Built on first use; a benign race, since String is immutable.
    private transient @Nullable String message;

    AzsmException(CodeDescription description, @Nullable String detail, @Nullable Map<String, String> context,
            @Nullable Throwable cause, boolean writableStackTrace) {
        super(null, cause, true, writableStackTrace);
        Objects.requireNonNull(description, "description is null");
        this.code = description.code();
        this.recognized = description.recognized();
        this.title = description.message();
        this.detail = detail == null || detail.isEmpty() ? null : Redaction.redact(detail);
        this.mitigation = description.mitigation();
        this.documentation = description.documentation();
        this.remedy = description.remedy();
        this.context = copyContext(context);
        checkCodeFitsClass();
    }

    /**
     * Returns the status code.
     *
     * @return the code, such as {@code AZSM1024}
     */
    public AzsmCode code() {
        return code;
    }

    /**
     * Returns the scope of the code, the same as the exception's scoped class.
     *
     * @return the scope
     */
    public Scope scope() {
        return code.scope();
    }

    /**
     * Returns the block of the code.
     *
     * @return the block
     */
    public CodeBlock block() {
        return code.block();
    }

    /**
     * Returns whether this SDK's catalogue knows the code. A well-formed code from an agent newer
     * than this SDK is not recognised: it still maps to its scope's (and known block's) class,
     * with the block's remedy and a mitigation that says so.
     *
     * @return whether the code is catalogued
     */
    public boolean isRecognized() {
        return recognized;
    }

    /**
     * Returns the code's message from the catalogue, without the detail.
     *
     * @return the message, such as {@code "Lease expired for this agent on the target container"}
     */
    public String title() {
        return title;
    }

    /**
     * Returns what happened this time, beyond the code's message: the service's message, the
     * low-level failure, ... with secrets masked.
     *
     * @return the detail, or empty
     */
    public Optional<String> detail() {
        return Optional.ofNullable(detail);
    }

    /**
     * Returns what a person should do about the failure.
     *
     * @return the mitigation text
     */
    public String mitigation() {
        return mitigation;
    }

    /**
     * Returns the public documentation of the code.
     *
     * @return the link, with the code as its anchor
     */
    public URI documentation() {
        return documentation;
    }

    /**
     * Returns the kind of action the failure needs.
     *
     * @return the remedy
     */
    public Remedy remedy() {
        return remedy;
    }

    /**
     * Returns whether trying again without changing anything may succeed.
     *
     * @return {@code remedy().isRetryable()}
     */
    public boolean isRetryable() {
        return remedy.isRetryable();
    }

    /**
     * Returns the context of the failure, in the order it was given: job run, agent, source,
     * target, item, the raw code as received, ... (see {@link ContextKeys}). Values are kept as
     * given, secrets masked.
     *
     * @return an immutable map
     */
    public Map<String, String> context() {
        return context;
    }

    /**
     * Returns one value of the {@link #context()}.
     *
     * @param key the key, such as {@link ContextKeys#JOB_RUN}
     * @return the value, or empty
     */
    public Optional<String> context(String key) {
        return Optional.ofNullable(context.get(key));
    }

    /**
     * Returns the description of the code this exception was built from.
     *
     * @return the code, recognition, message, mitigation, documentation and remedy
     */
    public CodeDescription description() {
        return new CodeDescription(code, recognized, title, mitigation, documentation, remedy);
    }

    /**
     * Tells whether another exception reports the same failure: the same class, description,
     * detail and context. Causes and stack traces are not compared.
     *
     * @param other the other exception, possibly null
     * @return whether both report the same failure
     */
    public boolean sameFailureAs(@Nullable AzsmException other) {
        return other != null && other.getClass() == getClass() && other.code == code
                && other.recognized == recognized && other.title.equals(title)
                && Objects.equals(other.detail, detail) && other.mitigation.equals(mitigation)
                && other.documentation.equals(documentation) && other.remedy == remedy
                && other.context.equals(context);
    }

    /**
     * Returns {@code AZSM1024 <message>: <detail>}, on one line (control characters escaped).
     *
     * @return the message
     */
    @Override
    public String getMessage() {
        String result = message;
        if (result == null) {
            result = detail == null
                    ? code + " " + Text.escape(title)
                    : code + " " + Text.escape(title) + ": " + Text.escape(detail);
            message = result;
        }
        return result;
    }

    /**
     * Returns the class name, the message and the context on one line, such as
     * {@code dev.azsm.api.TargetAccessException: AZSM1023 Lease expired ... {jobRun=run-1}}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        String text = getClass().getName() + ": " + getMessage();
        if (context.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text).append(" {");
        String separator = "";
        for (Map.Entry<String, String> entry : context.entrySet()) {
            out.append(separator).append(Text.escape(entry.getKey())).append('=').append(Text.escape(entry.getValue()));
            separator = ", ";
        }
        return out.append('}').toString();
    }

    private static Map<String, String> copyContext(@Nullable Map<String, String> context) {
        if (context == null || context.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>(context.size() * 2);
        for (Map.Entry<String, String> entry : context.entrySet()) {
            String key = entry.getKey();
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("Context keys must be non-blank, but one is "
                        + Text.quote(key) + " (context keys: " + Text.quote(String.valueOf(context.keySet())) + ")");
            }
            String value = entry.getValue();
            if (value != null) {
                copy.put(key, Redaction.redact(value));
            }
        }
        return Collections.unmodifiableMap(copy);
    }

    private void checkCodeFitsClass() {
        String problem = problemWithCode();
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    // Runs on every construction: cheap checks first, messages built only when something is wrong.
    private @Nullable String problemWithCode() {
        CodeBlock block = code.block();
        Scope expected = this instanceof AgentException ? Scope.AGENT
                : this instanceof JobException ? Scope.JOB : Scope.FILE;
        CodeBlock category = categoryBlock();
        if (block.isFailure() && code.scope() == expected && (category == null || category == block)) {
            return null;
        }
        String type = getClass().getSimpleName();
        if (code.isSuccess()) {
            return code + " is success and is never an exception (" + type + ")";
        }
        if (!block.isFailure()) {
            return code + " is in the " + block.name().orElse("?") + " block " + block
                    + ", an outcome that is reported, never thrown (" + type + ")";
        }
        if (code.scope() != expected) {
            return code + " is a " + code.scope().label() + " code and cannot be held by " + type + ", which holds "
                    + expected.label() + " codes (AZSM" + expected.digit() + "xxx)";
        }
        return code + " is in block " + block + " and cannot be held by " + type + ", which holds " + category;
    }

    private @Nullable CodeBlock categoryBlock() {
        if (this instanceof AgentUpgradeException) {
            return CodeBlock.AGENT_UPGRADE;
        } else if (this instanceof SourceAccessException) {
            return CodeBlock.SOURCE;
        } else if (this instanceof TargetAccessException) {
            return CodeBlock.TARGET;
        } else if (this instanceof JobExecutionException) {
            return CodeBlock.JOB_EXECUTION;
        } else if (this instanceof FileUnsupportedException) {
            return CodeBlock.FILE_UNSUPPORTED;
        } else if (this instanceof FileTransferException) {
            return CodeBlock.FILE_FAILED;
        }
        return null;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(context.size());
        for (Map.Entry<String, String> entry : context.entrySet()) {
            out.writeObject(entry.getKey());
            out.writeObject(entry.getValue());
        }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int size = in.readInt();
        if (size < 0 || size > MAX_SERIALIZED_CONTEXT) {
            throw new InvalidObjectException("Serialized context has " + size + " entries, expected 0.."
                    + MAX_SERIALIZED_CONTEXT);
        }
        Map<String, String> read = new LinkedHashMap<>(size * 2);
        for (int i = 0; i < size; i++) {
            if (!(in.readObject() instanceof String key) || !(in.readObject() instanceof String value)) {
                throw new InvalidObjectException("Serialized context entry " + i + " is not a pair of strings");
            }
            read.put(key, value);
        }
        if (code == null || title == null || mitigation == null || documentation == null || remedy == null) {
            throw new InvalidObjectException("Serialized " + getClass().getName() + " lacks its code, message,"
                    + " mitigation, documentation or remedy");
        }
        context = copyContext(read);
        String problem = problemWithCode();
        if (problem != null) {
            throw new InvalidObjectException(problem);
        }
    }
}
