package dev.azsm.core.internal;

import dev.azsm.api.CodeBlock;
import dev.azsm.api.Scope;
import dev.azsm.core.CatalogEntry;
import dev.azsm.core.ErrorCatalog;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Renders a catalogue as Markdown: a table per scope and block, each code anchored by itself. */
public final class CatalogMarkdown {

    private CatalogMarkdown() {
    }

    /**
     * Renders the catalogue.
     *
     * @param catalog  the catalogue
     * @param preamble text after the title (such as how the file was generated), or empty
     * @return the Markdown document
     */
    public static String render(ErrorCatalog catalog, String preamble) {
        return render(catalog, preamble, Set.of(Scope.values()));
    }

    /**
     * Renders the catalogue's entries of some scopes.
     *
     * @param catalog  the catalogue
     * @param preamble text after the title, or empty
     * @param scopes   the scopes to render
     * @return the Markdown document
     */
    public static String render(ErrorCatalog catalog, String preamble, Set<Scope> scopes) {
        StringBuilder out = new StringBuilder("# Storage Mover status codes\n\n");
        if (!preamble.isEmpty()) {
            out.append(preamble).append("\n\n");
        }
        out.append("A code is `AZSM` and four digits; the first digit is the scope (0 agent, 1 job, 2 file or directory),"
                + " codes come in blocks of 20 whose last code is the block's miscellaneous code, and `AZSM0000` is"
                + " success. Codes of the *excluded* and *no copy necessary* blocks are outcomes, never failures.\n");
        for (Scope scope : Scope.values()) {
            List<CatalogEntry> entries = catalog.entries(scope);
            if (entries.isEmpty() || !scopes.contains(scope)) {
                continue;
            }
            out.append("\n## ").append(capitalized(scope.label())).append(" codes (AZSM").append(scope.digit())
                    .append("xxx)\n");
            CodeBlock current = null;
            for (CatalogEntry e : entries) {
                if (e.block() != current) {
                    current = e.block();
                    out.append("\n### ").append(current.first()).append("..").append(current.last()).append(": ")
                            .append(current.name().orElse("unnamed block"))
                            .append(current.isFailure() ? "" : " (not a failure)").append("\n\n")
                            .append("| Code | Message | Remedy | Mitigation | Source | Note |\n")
                            .append("| --- | --- | --- | --- | --- | --- |\n");
                }
                out.append("| <a id=\"").append(e.code()).append("\"></a>[").append(e.code()).append("](")
                        .append(e.documentation()).append(") | ").append(cell(e.message())).append(" | `")
                        .append(e.remedy()).append("` | ").append(cell(e.mitigation())).append(" | ")
                        .append(e.origin().name().toLowerCase(Locale.ROOT)).append(" | ")
                        .append(cell(e.note().orElse(""))).append(" |\n");
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
