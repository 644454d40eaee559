package dev.azsm.cli;

import dev.azsm.api.AzsmCode;
import dev.azsm.core.AzsmErrors;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code azsm explain CODE...}: what a code means and what to do. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explains status codes: message, scope, block, remedy, what to do and the documentation link.",
            "A well-formed code this azsm does not know is explained by its block. Codes are strict"
                + " (AZSM and four digits) unless --find is given."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every code was explained", "2:a code is malformed, or --find found none"})
final class ExplainCommand implements Callable<Integer> {

    private static final Pattern ANYWHERE = Pattern.compile("(?i)(?<![A-Za-z0-9])azsm[0-9]{4}(?![0-9])");

    @ParentCommand
    private AzsmCommand parent;

    @Parameters(arity = "1..*", paramLabel = "CODE", description = "Codes such as AZSM1024 (or, with --find, any text).")
    private List<String> codes = new ArrayList<>();

    @Option(names = "--find", description = "Find codes in any case inside the text (\"job failed: azsm1024\").")
    private boolean find;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    enum Format { text, json }

    @Override
    public Integer call() {
        Output o = parent.output();
        List<AzsmCode> parsed = new ArrayList<>();
        if (find) {
            Set<AzsmCode> found = new LinkedHashSet<>();
            for (String text : codes) {
                Matcher m = ANYWHERE.matcher(text);
                while (m.find()) {
                    found.add(AzsmCode.tryParse(m.group().toUpperCase(Locale.ROOT)).orElse(null));
                }
            }
            found.remove(null);
            if (found.isEmpty()) {
                o.error("no status code found in the text; a code is AZSM and four digits, such as AZSM1024");
                return AzsmCommand.EXIT_USAGE;
            }
            parsed.addAll(found);
        } else {
            for (String text : codes) {
                Optional<String> problem = AzsmCode.problemWith(text);
                if (problem.isPresent()) {
                    o.error(problem.get() + (text.toUpperCase(Locale.ROOT).contains("AZSM") ? " (use --find to search text)" : ""));
                    return AzsmCommand.EXIT_USAGE;
                }
                parsed.add(AzsmCode.parse(text));
            }
        }
        List<CodeView> views = parsed.stream().map(c -> new CodeView(AzsmErrors.catalog(), c)).toList();
        if (format == Format.json) {
            o.json(views.size() == 1 ? views.get(0).json() : views.stream().map(CodeView::json).toList());
        } else {
            for (int i = 0; i < views.size(); i++) {
                if (i > 0) {
                    o.out().println();
                }
                views.get(i).print(o);
            }
            o.out().flush();
        }
        return AzsmCommand.EXIT_OK;
    }
}
