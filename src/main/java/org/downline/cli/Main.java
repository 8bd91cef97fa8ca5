package org.downline.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.downline.Version;
import org.downline.io.ResultFolder;
import org.downline.io.ScenarioReader;
import org.downline.rng.RandomStreams;
import org.downline.scenario.Checks;
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

    /** The {@code @FILE} arguments of the command line this thread runs ({@link #commandInputs}). */
    private static final ThreadLocal<List<ResultFolder.Input>> ARGUMENT_FILES = ThreadLocal.withInitial(List::of);

    /**
     * The files a command reads, which an --out replaced whole must not hold: {@code paths}, given with
     * {@code option} ({@link #inputs}), and the files of arguments ({@code @FILE}, which picocli reads in
     * place of the argument) of the command line this thread runs. A list the caller may add to.
     */
    static List<ResultFolder.Input> commandInputs(String option, List<?> paths) {
        List<ResultFolder.Input> all = new java.util.ArrayList<>(ARGUMENT_FILES.get());
        all.addAll(inputs(option, paths));
        return all;
    }

    /**
     * {@code paths}, given with {@code option}, as inputs of the command; a text that is no path (a NUL in
     * it) left out, as it names no file to keep.
     */
    static List<ResultFolder.Input> inputs(String option, List<?> paths) {
        List<ResultFolder.Input> inputs = new java.util.ArrayList<>();
        for (Object p : paths) {
            try {
                inputs.add(new ResultFolder.Input(option, p instanceof java.nio.file.Path path ? path
                        : java.nio.file.Path.of(p.toString())));
            } catch (java.nio.file.InvalidPathException e) {
                // not a file name
            }
        }
        return inputs;
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("picocli.converters.excludes", EXCLUDED_CONVERTERS);
        ArgumentFiles argumentFiles = ArgumentFiles.of(args);
        if (argumentFiles.refusal() != null) {
            err.println("error: " + oneLine(argumentFiles.refusal()));
            err.flush();
            return BAD_INPUT;
        }
        ARGUMENT_FILES.set(inputs("@FILE", argumentFiles.names()));
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
            ARGUMENT_FILES.remove();
        }
    }

    /**
     * The files named by the {@code @FILE} arguments of {@code args}, which picocli replaces by the arguments
     * that the file holds (when it can read it; {@code @@x} is the text {@code @x}).
     */
    private static List<String> argumentFileNames(String[] args) {
        return java.util.Arrays.stream(args).map(ArgumentFiles::named).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * That an {@code @FILE} argument of {@code args} names no file, if picocli matched it to nothing: it then
     * keeps the argument as text (so that an option's value may start with @, as {@code --out @name}), and
     * would say only "Unmatched argument". Else null.
     */
    static String missingArgumentFile(CommandLine.ParameterException ex, String[] args) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            for (String name : argumentFileNames(args)) {
                if (u.getUnmatched().contains("@" + name) && !new java.io.File(name).exists()) {
                    return "no such argument file: " + Checks.show(name)
                            + " (an argument starting with @ names a file of arguments)";
                }
            }
        }
        return null;
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
     * {@code ex}'s message, or for a number option given something else (picocli's "Invalid value for
     * option '--replications': '1e3' is not an int") what the option allows, as a scenario key's value
     * is answered: "--replications must be an integer in [1, 1000000], was 1e3" (a number as typed, other
     * text in quotes: {@link org.downline.scenario.Checks#showTyped}) — the {@link
     * NumberOptions.Bounds} the command refuses a number out of range with (--threads; a {@link
     * NumberOptions} command's own, as fit's --budget or disclose's --replications), else the range of
     * the scenario key the option gives (--replications, --months, --seed: "an integer (any 64-bit value)").
     */
    static String badNumber(CommandLine.ParameterException ex) {
        if (!(ex.getCause() instanceof CommandLine.TypeConversionException)
                || !(ex.getArgSpec() instanceof CommandLine.Model.OptionSpec o) || ex.getValue() == null
                || !takesNumbers(o)) {
            return ex.getMessage();
        }
        // a command may say its own (disclose's --replications allows fewer than the key 'replications')
        NumberOptions.Bounds own = NumberOptions.shared(o.longestName());
        if (own == null && o.command() != null && o.command().userObject() instanceof NumberOptions n) {
            own = n.bounds(o.longestName());
        }
        if (own != null) {
            return own.refusal(o.longestName(), ex.getValue());
        }
        // every other number option gives a scenario key (--replications, --months, --seed)
        org.downline.io.ScenarioKeys.Declared key = org.downline.io.ScenarioKeys.find(o.longestName()
                .replaceFirst("^--", ""));
        if (key == null || !key.key().type().numeric()) {
            return ex.getMessage();
        }
        return NumberOptions.refusal(o.longestName(), key.key().allowed(), ex.getValue());
    }

    /** The most of the arguments picocli could not match that its refusal echoes ({@link #cutValues}). */
    static final int UNMATCHED_SHOWN = 3;

    /**
     * {@code message}, picocli's refusal {@code ex} (or {@link #badNumber}'s), with the command-line values it
     * echoes cut as a file's are ({@link Checks#show}: past 60 characters, with the length): the value refused
     * ("Invalid value for option '--shard': ..., was 'x…' (5,000 characters)"), and the arguments matched by no
     * option, the first {@link #UNMATCHED_SHOWN} of them and how many more — an argument file ({@code @FILE})
     * that is not one, such as a picture, gave a line of 125 KB.
     */
    static String cutValues(CommandLine.ParameterException ex, String message) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()
                && message.indexOf(": ") > 0) {
            // picocli's "Unmatched arguments from index 1: 'a', 'b'" and "Unknown option: '--x'"
            List<String> args = u.getUnmatched();
            int more = args.size() - UNMATCHED_SHOWN;
            return message.substring(0, message.indexOf(": ") + 2)
                    + String.join(", ", args.stream().limit(UNMATCHED_SHOWN).map(Checks::show).toList())
                    + (more > 0 ? " and " + String.format(java.util.Locale.ROOT, "%,d", more) + " more" : "");
        }
        String value = ex.getValue();
        return value == null || value.length() <= Checks.ECHO_LIMIT ? message
                : message.replace("'" + value + "'", Checks.show(value));
    }

    /** Whether {@code o} takes whole or decimal numbers (one, or several as an array). */
    private static boolean takesNumbers(CommandLine.Model.OptionSpec o) {
        Class<?> type = o.type().isArray() ? o.type().getComponentType() : o.type();
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == double.class || type == Double.class;
    }

    /**
     * Runs the command {@code parsed} names, as picocli's {@link CommandLine.RunLast} does, once its
     * {@code --set} options are checked for a key given twice ({@link ScenarioReader#refuseRepeatedSets}):
     * the one place every command's --set list passes once (run, sweep, fit, disclose, payout, validate),
     * however many scenarios the command then reads from it (a sweep one per cell).
     */
    private static int refuseRepeatedSets(CommandLine.ParseResult parsed) {
        CommandLine.ParseResult last = parsed;
        boolean help = parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested();
        while (last.hasSubcommand()) {
            last = last.subcommand();
            help |= last.isUsageHelpRequested() || last.isVersionHelpRequested();
        }
        if (!help) {
            try {
                ScenarioReader.refuseRepeatedSets(last.matchedOptionValue("--set", List.<String>of()));
            } catch (ScenarioException e) {
                // answered by the execution exception handler, as the command's own refusals are
                throw new CommandLine.ExecutionException(last.commandSpec().commandLine(), e.getMessage(), e);
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    /** " (see 'downline run --help')": the ending of every refused option's value, {@code c} the command. */
    static String seeHelp(CommandLine c) {
        return " (see 'downline " + (c.getCommandName().equals("downline") ? "" : c.getCommandName() + " ")
                + "--help')";
    }

    /** An option's name at the start of a refusal: "--months" in "--months must be an integer in ...". */
    private static final java.util.regex.Pattern REFUSED_OPTION = java.util.regex.Pattern.compile(
            "^(--[\\w-]+)(?: \\w+)? must ");

    /**
     * Whether {@code message}, refused while {@code c} ran, refuses the value of one of its number options
     * ("--months must be an integer in [1, 600], was 0", "--budget must be at least --particles ..."): a
     * number out of range then ends as one that is no number does, picocli's refusal ({@link #seeHelp}).
     */
    static boolean refusesNumberOption(CommandLine c, String message) {
        java.util.regex.Matcher m = REFUSED_OPTION.matcher(message);
        if (!m.find()) {
            return false;
        }
        CommandLine.Model.OptionSpec o = c.getCommandSpec().findOption(m.group(1));
        return o != null && takesNumbers(o);
    }

    /** A decimal option's value: a finite number, else refused (picocli's converter takes 1e999 as Infinity). */
    private static Double finite(String text) {
        double v = Checks.decimal(text);
        if (!Double.isFinite(v)) {
            throw new CommandLine.TypeConversionException("'" + text + "' is not a finite number");
        }
        return v;
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
        keepDottedNamesWhole(cl);
        for (CommandLine c : allCommands(cl)) {
            // each command's help lists -V, --version (mixinStandardHelpOptions): it prints what the top's does
            c.getCommandSpec().versionProvider(new VersionProvider());
        }
        // a number option refuses what is no number, as a whole-number one does (badNumber): 1e999 and NaN too
        cl.registerConverter(Double.class, Main::finite);
        cl.registerConverter(double.class, Main::finite);
        cl.setExecutionStrategy(Main::refuseRepeatedSets);
        cl.setParameterExceptionHandler((ex, unmatched) -> {
            CommandLine c = ex.getCommandLine();
            String missing = missingArgumentFile(ex, args);
            if (missing != null) {
                c.getErr().println("error: " + oneLine(missing));
                return BAD_INPUT;
            }
            // picocli starts some messages (mutually exclusive options) with its own "Error: "
            c.getErr().println("error: " + oneLine(cutValues(ex, badNumber(ex))).replaceFirst("^Error: ", "")
                    + suggestion(ex) + seeHelp(c));
            return BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            if (ex instanceof ScenarioException || ex instanceof InputException) {
                String message = oneLine(ex.getMessage());
                c.getErr().println("error: " + message + (refusesNumberOption(c, message) ? seeHelp(c) : ""));
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

    /**
     * Glue that picocli's line breaking does not split, put after the dot of a dotted name before the
     * help is laid out and taken out of the text it renders: a zero-width no-break space (U+FEFF, which
     * the JDK's line {@link java.text.BreakIterator}, the one picocli wraps help with, treats as glue).
     */
    private static final String GLUE = "\uFEFF";
    /** The dot of a dotted name ({@code report.html}, {@code plan.type}, {@code annualGross.p50}, {@code *.png}). */
    private static final java.util.regex.Pattern NAME_DOT = java.util.regex.Pattern.compile("(?<=[\\w*])\\.(?=[\\w{*])");

    /**
     * Makes the help of {@code cl} and every command in it wrap lines between words only: the JDK's line
     * breaking, which picocli's wraps help with, breaks after a dot followed by a letter, so a name such
     * as {@code plan.type} or {@code annualGross.p50} came out as {@code plan.} and {@code type} on two
     * lines (and, copied from the help, was rejected). The texts picocli lays out — the description, the
     * options' descriptions — get {@link #GLUE} after such a dot, and every help section has it taken
     * out again, so that what a user copies is the name.
     */
    static void keepDottedNamesWhole(CommandLine cl) {
        for (CommandLine c : allCommands(cl)) {
            CommandLine.Model.UsageMessageSpec usage = c.getCommandSpec().usageMessage();
            usage.description(glued(usage.description()));
            usage.header(glued(usage.header()));
            usage.footer(glued(usage.footer()));
            c.setHelpFactory((spec, colors) -> new CommandLine.Help(spec, colors) {
                @Override
                public CommandLine.Help.IOptionRenderer createDefaultOptionRenderer() {
                    CommandLine.Help.IOptionRenderer plain = super.createDefaultOptionRenderer();
                    return (option, labels, scheme) -> glued(plain.render(option, labels, scheme), scheme);
                }
            });
            java.util.Map<String, CommandLine.IHelpSectionRenderer> sections = c.getHelpSectionMap();
            sections.replaceAll((key, section) -> help -> section.render(help).replace(GLUE, ""));
            c.setHelpSectionMap(sections);
        }
    }

    private static List<CommandLine> allCommands(CommandLine cl) {
        List<CommandLine> all = new java.util.ArrayList<>(List.of(cl));
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (!all.contains(sub)) {
                all.addAll(allCommands(sub));
            }
        }
        return all;
    }

    private static String[] glued(String[] lines) {
        return java.util.Arrays.stream(lines).map(Main::glued).toArray(String[]::new);
    }

    /** {@code text} with {@link #GLUE} after the dot of each dotted name. */
    private static String glued(String text) {
        return NAME_DOT.matcher(text).replaceAll("." + GLUE);
    }

    /** An option's rows with {@link #GLUE} in the description column (the last), which holds no markup. */
    private static CommandLine.Help.Ansi.Text[][] glued(CommandLine.Help.Ansi.Text[][] rows,
                                                      CommandLine.Help.ColorScheme scheme) {
        for (CommandLine.Help.Ansi.Text[] row : rows) {
            int last = row.length - 1;
            String text = row[last].plainString();
            String glued = glued(text);
            if (!glued.equals(text)) {
                row[last] = scheme.text(glued);
            }
        }
        return rows;
    }

    /** A command as the command list shows it: its name and header (and description), no options. */
    private static CommandLine.Model.CommandSpec listing(Class<?> command) {
        Command a = command.getAnnotation(Command.class);
        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(a.name());
        spec.usageMessage().header(a.header()).description(a.description());
        return spec;
    }

    /**
     * A message as one line for the terminal: a line break becomes a space and any other control character
     * is shown by its code (a backslash, u and four hex digits): the keys and values it echoes come from the
     * user's files, where a key {@code "a\nb"} would split the line and an escape sequence drive the terminal.
     */
    static String oneLine(String message) {
        String line = message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
        return CONTROL.matcher(line).replaceAll(c -> String.format("\\\\u%04X", (int) c.group().charAt(0)));
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("\\p{Cc}");

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
