package dev.azsm.core;

import dev.azsm.api.Scope;
import dev.azsm.core.internal.CatalogMarkdown;
import dev.azsm.core.internal.ExceptionClasses;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generates the files that are derived from the catalogue: the factory classes and
 * {@code docs/status-codes.md}. {@link GeneratedFilesTests} checks they are up to date.
 */
final class GeneratedSources {

    static final String REGENERATE = "./mvnw -B -q -pl azsm-core -am test -Dtest=GeneratedFilesTests"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dazsm.regenerate=true";

    private static final Map<String, String[]> PARAMETERS = Map.of(
            "source", new String[] {"String", "SOURCE", "the source endpoint, share or path, or null if unknown"},
            "target", new String[] {"String", "TARGET", "the target endpoint, container or path, or null if unknown"},
            "itemPath", new String[] {"String", "ITEM", "the item's path relative to the source and target roots, or null if unknown"},
            "agent", new String[] {"String", "AGENT", "the agent's name, or null if unknown"},
            "jobRun", new String[] {"String", "JOB_RUN", "the job run's name or resource id, or null if unknown"});

    private GeneratedSources() {
    }

    /** @return file (relative to the azsm-core module) to content */
    static Map<Path, String> all(ErrorCatalog catalog) {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(Path.of("..", "docs", "status-codes.md"), CatalogMarkdown.render(catalog,
                "Generated from azsm's catalogue, `azsm-core/src/main/resources/dev/azsm/core/catalog.tsv`; do not edit"
                        + " by hand. Regenerate with `" + REGENERATE + "`."));
        files.put(source("AgentErrors"), factories(catalog, Scope.AGENT, "AgentErrors",
                "agent failures ({@code AZSM0xxx}), for agent code that throws"));
        files.put(source("JobErrors"), factories(catalog, Scope.JOB, "JobErrors",
                "job-run failures ({@code AZSM1xxx}), for agent code that throws"));
        files.put(source("FileErrors"), factories(catalog, Scope.FILE, "FileErrors",
                "per-item failures ({@code AZSM2xxx}), for agent code that throws"));
        return files;
    }

    private static Path source(String type) {
        return Path.of("src", "main", "java", "dev", "azsm", "core", type + ".java");
    }

    private static String factories(ErrorCatalog catalog, Scope scope, String type, String what) {
        List<CatalogEntry> entries = catalog.entries(scope).stream().filter(CatalogEntry::isFailure).toList();
        StringBuilder imports = new StringBuilder();
        Stream.concat(Stream.of("ContextKeys"), entries.stream().map(e -> ExceptionClasses.classOf(e.code()).getSimpleName())).distinct().sorted()
                .forEach(c -> imports.append("import dev.azsm.api.").append(c).append(";\n"));
        StringBuilder out = new StringBuilder("""
                package dev.azsm.core;

                %simport dev.azsm.core.internal.Factories;
                import org.jspecify.annotations.Nullable;

                /**
                 * One factory method per catalogued code of %s.
                 *
                 * <p>Generated from the catalogue ({@code catalog.tsv}) by the tests; do not edit by hand.
                 * Each method's message, mitigation and remedy come from the catalogue; the cause's
                 * description becomes the exception's detail.
                 */
                public final class %s {

                    private %s() {
                    }
                """.formatted(imports, what, type, type));
        for (CatalogEntry e : entries) {
            String exception = ExceptionClasses.classOf(e.code()).getSimpleName();
            String subject = e.parameters().stream().filter(p -> !p.equals("cause")).findFirst().orElseThrow();
            String[] param = PARAMETERS.get(subject);
            out.append("""

                        /**
                         * {@code %s}: %s.
                         *
                         * <p>%s
                         *
                         * <p>Remedy: {@code %s}.%s
                         *
                         * @param %s %s
                         * @param cause the underlying failure, or null
                         * @return a {@link %s} with {@code %s}
                         */
                        public static %s %s(@Nullable %s %s, @Nullable Throwable cause) {
                            return (%s) Factories.create("%s", cause, ContextKeys.%s, %s);
                        }
                    """.formatted(e.code(), javadoc(e.message()), javadoc(e.mitigation()), e.remedy(),
                    e.note().map(n -> "\n     *\n     * <p>Note: " + javadoc(n)).orElse(""),
                    subject, param[2], exception, e.code(),
                    exception, e.factory().orElseThrow(), param[0], subject,
                    exception, e.code(), param[1], subject));
        }
        return out.append("}\n").toString();
    }

    private static String javadoc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
