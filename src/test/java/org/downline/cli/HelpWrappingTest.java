package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.downline.stats.Metric;
import org.downline.stats.World;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Help text wraps between words only: a dotted name (a file such as {@code report.html}, a key such as
 * {@code plan.type}, a metric such as {@code annualGross.p50}) stays whole on one line, so that it
 * can be copied from the help, which the JDK's line breaking (picocli's) split after the dot.
 */
class HelpWrappingTest {

    /** A dotted name: word characters (or *, {}) on both sides of each dot. */
    private static final Pattern DOTTED = Pattern.compile("[\\w*{}]+(?:\\.[\\w*{}]+)+");

    @Test
    void noHelpTextBreaksADottedName() {
        List<String> broken = new ArrayList<>();
        int names = 0;
        // from 80 columns (a terminal's least): below, a name longer than the description column is cut anyway
        for (int width : new int[] {80, 100, 140}) {
            CommandLine all = Main.commandLine(new String[] {"help"});
            for (Map.Entry<String, CommandLine> c : commands(all).entrySet()) {
                c.getValue().setUsageHelpWidth(width);
                String help = c.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF);
                assertFalse(help.contains("\uFEFF"), c.getKey() + " --help holds the glue character");
                for (String name : dottedNames(c.getValue())) {
                    names++;
                    if (!help.contains(name)) {
                        broken.add(c.getKey() + " at " + width + ": " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "dotted names not whole on one line of --help");
        assertTrue(names > 100, "dotted names checked: " + names);
    }

    /**
     * No help text has a stray format code: picocli formats descriptions with {@link String#format}, so
     * a bare "%" followed by a letter or ":" is a warning on standard error at every --help (disclose's
     * "0.0001%:" printed four).
     */
    @Test
    void noHelpTextWarns() {
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        int commands = 0;
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (CommandLine c : commands(Main.commandLine(new String[] {"help"})).values()) {
                c.getUsageMessage(CommandLine.Help.Ansi.OFF);
                commands++;
            }
        } finally {
            System.setErr(saved);
        }
        assertEquals("", warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(commands >= 10, "commands checked: " + commands);
    }

    /** {@code sweep --help} lists every MLM metric by its key, each on one line, as --metric takes it. */
    @Test
    void sweepHelpListsEveryMetricWhole() {
        CommandLine sweep = Main.commandLine(new String[] {"sweep"}).getSubcommands().get("sweep");
        String help = sweep.getUsageMessage(CommandLine.Help.Ansi.OFF);
        for (Metric m : Metric.values()) {
            if (!m.worlds().contains(World.MLM)) {
                continue;                                   // a sweep charts the MLM's metrics
            }
            assertTrue(Pattern.compile("(?<![\\w.])" + Pattern.quote(m.key()) + "(?!\\w|\\.\\w)").matcher(help).find(),
                    m.key() + " in sweep --help");
        }
    }

    /** --threads 0 is allowed, and the help says what it means, not only the error for a bad value. */
    @Test
    void threadsHelpSaysZeroIsAllCores() {
        for (String command : List.of("run", "sweep", "fit", "disclose")) {
            CommandLine c = Main.commandLine(new String[] {command}).getSubcommands().get(command);
            String help = c.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
            assertTrue(help.contains("--threads=T Threads that simulate, an integer in [0, 1024] (0: all cores) (default: 0: all "
                    + Runtime.getRuntime().availableProcessors() + " cores)"), command + ": " + help);
        }
    }

    @Test
    void discloseSynopsisShowsTheGroupsOnce() {
        CommandLine disclose = Main.commandLine(new String[] {"disclose"}).getSubcommands().get("disclose");
        for (int width : new int[] {60, 80, 100}) {
            disclose.setUsageHelpWidth(width);
            String help = disclose.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertTrue(help.contains("[--groups=SHARE,...]"), help);
            assertFalse(help.contains("[,"), help);
        }
    }

    private static Map<String, CommandLine> commands(CommandLine all) {
        Map<String, CommandLine> out = new java.util.LinkedHashMap<>();
        out.put("downline", all);
        all.getSubcommands().forEach((name, c) -> {
            if (!name.equals("help")) {
                out.put(name, c);
            }
        });
        return out;
    }

    /** The dotted names in a command's own texts, before picocli lays them out. */
    private static TreeSet<String> dottedNames(CommandLine c) {
        List<String> texts = new ArrayList<>(List.of(c.getCommandSpec().usageMessage().description()));
        for (OptionSpec o : c.getCommandSpec().options()) {
            texts.addAll(List.of(o.description()));
        }
        TreeSet<String> names = new TreeSet<>();
        for (String t : texts) {
            Matcher m = DOTTED.matcher(t.replace("\uFEFF", ""));
            while (m.find()) {
                if (!m.group().contains("{")) {             // ${DEFAULT-VALUE} and the like are replaced
                    names.add(m.group());
                }
            }
        }
        return names;
    }
}
