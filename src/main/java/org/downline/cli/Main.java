package org.downline.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.downline.Version;
import org.downline.io.ResultFolder;
import org.downline.rng.RandomStreams;
import org.downline.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code downline} command. Only {@link #main} calls {@link System#exit}; every command returns
 * its exit code: 0 success, 2 bad input (one line on stderr naming the field, the allowed values and
 * what was given), 1 internal error.
 */
@Command(name = "downline",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Who ends up earning what in multi-level marketing and affiliate marketing: a Monte Carlo "
                + "simulator of recruitment inside a finite market, real compensation plans and real costs, "
                + "reproducible from one seed.",
            ""},
        footer = {"", "Run 'downline run' with no arguments for the default scenario; "
                + "'downline COMMAND --help' explains a command."})
public final class Main implements Runnable {

    /** The commands, in the order 'downline --help' lists them. */
    private static final List<Class<?>> COMMANDS = List.of(
            RunCommand.class,
            MergeCommand.class,
            ReportCommand.class,
            DisclosuresCommand.class,
            DiscloseCommand.class,
            FitCommand.class,
            SweepCommand.class,
            PayoutCommand.class,
            PresetsCommand.class,
            ValidateCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * The types whose built-in converters picocli is told not to look up (by reflection, in every
     * command line it makes, loading java.sql and date formatting): no option here has such a type.
     */
    static final String EXCLUDED_CONVERTERS = "java\\.(sql|time)\\..*";

    /** Exit code for bad input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an internal error. */
    public static final int INTERNAL_ERROR = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("picocli.converters.excludes", EXCLUDED_CONVERTERS);
        CommandLine cl = commandLine(args);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the memory checks should have refused the input; a last line rather than a trace
            err.println("error: Java ran out of memory (a heap of " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB); give Java more memory (java -Xmx8g -jar ...) or use smaller inputs");
            err.flush();
            return BAD_INPUT;
        } finally {
            ResultFolder.releaseLocks();                    // the --out locks the command took
        }
    }

    /**
     * picocli's closest matches for a mistyped command or option, as {@code "; did you mean 'run'?"}
     * (or {@code "'--seed' or '--set'"}), else nothing.
     */
    static String suggestion(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.getSuggestions().isEmpty()) {
            return "";
        }
        List<String> s = u.getSuggestions();
        return "; did you mean '" + String.join("' or '", s.subList(0, Math.min(3, s.size()))) + "'?";
    }

    /**
     * The command line for {@code args}. picocli reads a command's options by reflection when it is
     * added, about a fifth of a second for all of them: when {@code args} start with a command's
     * name (other than {@code help}, which needs them all) only that command is added; when no
     * argument names a command (top-level help, {@code --version}, an unknown command or option)
     * the commands are added by name and header only, all that the command list and the suggestions
     * for a mistyped command read.
     */
    static CommandLine commandLine(String[] args) {
        CommandLine cl = new CommandLine(new Main());
        Class<?> named = null;
        boolean listOnly = true;
        for (Class<?> c : COMMANDS) {
            String name = c.getAnnotation(Command.class).name();
            if (args.length > 0 && c != CommandLine.HelpCommand.class && name.equals(args[0])) {
                named = c;
            }
            for (String a : args) {
                // an @file argument (picocli expands them) may name one too
                listOnly &= !a.equals(name) && !a.startsWith("@");
            }
        }
        for (Class<?> c : COMMANDS) {
            if (c == named || named == null && !listOnly) {
                cl.addSubcommand(c);
            } else if (listOnly) {
                cl.addSubcommand(listing(c));
            }
        }
        cl.setParameterExceptionHandler((ex, unmatched) -> {
            CommandLine c = ex.getCommandLine();
            // picocli starts some messages (mutually exclusive options) with its own "Error: "
            c.getErr().println("error: " + oneLine(ex.getMessage()).replaceFirst("^Error: ", "") + suggestion(ex) + " (see 'downline "
                    + (c.getCommandName().equals("downline") ? "" : c.getCommandName() + " ") + "--help')");
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof ScenarioException se) {
                c.getErr().println("error: " + oneLine(se.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof InputException ie) {
                c.getErr().println("error: " + oneLine(ie.getMessage()));
                return BAD_INPUT;
            }
            if (ex instanceof UncheckedIOException io) {
                c.getErr().println("error: " + oneLine(io.getMessage()));
                return BAD_INPUT;
            }
            c.getErr().println("internal error: " + ex + " — please report it with the command you ran");
            ex.printStackTrace(c.getErr());
            return INTERNAL_ERROR;
        });
        return cl;
    }

    /** A command as the command list shows it: its name and header (and description), no options. */
    private static CommandLine.Model.CommandSpec listing(Class<?> command) {
        Command a = command.getAnnotation(Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(a.name());
        spec.usageMessage().header(a.header()).description(a.description());
        return spec;
    }

    static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Version line: Downline, Java and the generator. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"downline " + Version.get(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                "random generator " + RandomStreams.ALGORITHM};
        }
    }
}
