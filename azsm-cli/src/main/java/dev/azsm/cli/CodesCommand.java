package dev.azsm.cli;

import dev.azsm.api.Scope;
import dev.azsm.core.AzsmErrors;
import dev.azsm.core.CatalogEntry;
import dev.azsm.core.ErrorCatalog;
import dev.azsm.core.internal.CatalogMarkdown;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code azsm codes}: the catalogue. */
@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "Lists the catalogued status codes.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:listed", "2:bad options"})
final class CodesCommand implements Callable<Integer> {

    @ParentCommand
    private AzsmCommand parent;

    @Option(names = "--scope", description = "agent, job or file (default: all).")
    private ScopeOption scope;

    @Option(names = "--format", defaultValue = "table", description = "table, markdown or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.table;

    enum Format { table, markdown, json }

    enum ScopeOption {
        agent(Scope.AGENT), job(Scope.JOB), file(Scope.FILE);

        final Scope scope;

        ScopeOption(Scope scope) {
            this.scope = scope;
        }
    }

    @Override
    public Integer call() {
        Output o = parent.output();
        ErrorCatalog catalog = AzsmErrors.catalog();
        Set<Scope> scopes = scope == null ? EnumSet.allOf(Scope.class) : EnumSet.of(scope.scope);
        List<CatalogEntry> entries = catalog.entries().stream().filter(e -> scopes.contains(e.code().scope())).toList();
        switch (format) {
            case markdown -> o.out().print(CatalogMarkdown.render(catalog, "", scopes));
            case json -> o.json(entries.stream().map(e -> new CodeView(catalog, e.code()).json()).toList());
            default -> {
                o.out().println(o.bold(String.format("%-9s %-6s %-18s %-18s %s", "CODE", "SCOPE", "BLOCK", "REMEDY", "MESSAGE")));
                for (CatalogEntry e : entries) {
                    o.out().printf("%-9s %-6s %-18s %-18s %s%n", e.code(), e.code().scope().label(),
                            e.block().name().orElse(""), e.remedy(), e.message());
                }
            }
        }
        o.out().flush();
        return AzsmCommand.EXIT_OK;
    }
}
