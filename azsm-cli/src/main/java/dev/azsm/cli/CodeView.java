package dev.azsm.cli;

import dev.azsm.api.AzsmCode;
import dev.azsm.api.CodeBlock;
import dev.azsm.api.CodeDescription;
import dev.azsm.core.CatalogEntry;
import dev.azsm.core.ErrorCatalog;
import dev.azsm.core.internal.ExceptionClasses;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code explain} and {@code codes} say about one code, in one shape for text and JSON. The
 * JSON field names are stable: {@code code, recognized, scope, block{first,last,name,failure},
 * exception, message, mitigation, remedy, retryable, documentation, origin, note}.
 */
final class CodeView {

    private final AzsmCode code;
    private final CodeDescription description;
    private final Optional<CatalogEntry> entry;

    CodeView(ErrorCatalog catalog, AzsmCode code) {
        this.code = code;
        this.description = catalog.describe(code);
        this.entry = catalog.find(code);
    }

    /** @return the exception class's simple name, or null when the code is never thrown */
    String exception() {
        return code.block().isFailure() ? ExceptionClasses.classOf(code).getSimpleName() : null;
    }

    Map<String, Object> json() {
        CodeBlock block = code.block();
        Map<String, Object> blockJson = new LinkedHashMap<>();
        blockJson.put("first", block.first().toString());
        blockJson.put("last", block.last().toString());
        blockJson.put("name", block.name().orElse(null));
        blockJson.put("failure", block.isFailure());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code.toString());
        json.put("recognized", description.recognized());
        json.put("scope", code.scope().label());
        json.put("block", blockJson);
        json.put("exception", exception());
        json.put("message", description.message());
        json.put("mitigation", description.mitigation());
        json.put("remedy", description.remedy().name());
        json.put("retryable", description.remedy().isRetryable());
        json.put("documentation", description.documentation().toString());
        json.put("origin", entry.map(e -> e.origin().name().toLowerCase(Locale.ROOT)).orElse(null));
        json.put("note", entry.flatMap(CatalogEntry::note).orElse(null));
        return json;
    }

    void print(Output o) {
        o.out().println(o.bold(code + "  " + description.message()));
        String exception = exception();
        o.row("scope", code.scope().label());
        o.row("block", code.block().toString());
        o.row("exception", exception != null ? exception
                : code.isSuccess() ? "none: success" : "none: an outcome, reported, never thrown");
        o.row("remedy", description.remedy() + " - " + description.remedy().description());
        o.row("retryable", description.remedy().isRetryable() ? "yes" : "no");
        o.row("source", entry.map(e -> e.origin().description())
                .orElse(code.isSuccess() ? "the specification" : "not in this SDK's catalogue: newer than azsm"));
        o.row("documentation", description.documentation().toString());
        o.out().println();
        o.out().println("  What to do:");
        o.out().println(Output.wrap(description.mitigation(), 100, "    "));
        entry.flatMap(CatalogEntry::note).ifPresent(note -> {
            o.out().println("  Note:");
            o.out().println(Output.wrap(note, 100, "    "));
        });
    }

}
