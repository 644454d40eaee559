package dev.azsm.cli;

import dev.azsm.client.internal.RestTransport;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** The {@code azsm} command and its exit codes. */
@Command(name = "azsm", mixinStandardHelpOptions = true, versionProvider = AzsmCommand.Version.class,
        description = {"Azure Storage Mover status codes: explain them, list them, triage copy logs, watch job runs.",
            "", "Start with:  azsm watch --embedded      (a scenario job run on an embedded fake service)",
            "             azsm explain AZSM1024"},
        subcommands = {ExplainCommand.class, CodesCommand.class, WatchCommand.class, TriageCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the job run failed (watch), or the log holds failures (triage --fail-on-failures)",
            "2:bad input: a malformed code, a missing or unreadable file, bad options",
            "3:the Storage Mover service could not be asked (authentication, permission, network)",
            "4:the job run was not finished within --timeout, or was canceled"})
final class AzsmCommand implements Runnable {

    static final int EXIT_OK = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;
    static final int EXIT_SERVICE = 3;
    static final int EXIT_NOT_FINISHED = 4;

    private Output output;

    AzsmCommand(Output output) {
        this.output = output;
    }

    Output output() {
        return output;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(output.out());
        output.out().flush();
    }

    /**
     * Runs the command line.
     *
     * @param args     the arguments
     * @param out      standard output
     * @param err      standard error
     * @param env      the environment
     * @param terminal whether standard output is a terminal
     * @return the exit code
     */
    static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env, boolean terminal) {
        Output output = Output.of(out, err, env, terminal);
        CommandLine line = new CommandLine(new AzsmCommand(output));
        line.setOut(out);
        line.setErr(err);
        line.setCaseInsensitiveEnumValuesAllowed(true);
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            output.error(e.toString());
            return EXIT_USAGE;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Reads the version from the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"azsm " + RestTransport.VERSION,
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
