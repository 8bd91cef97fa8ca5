package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A number option's help says what its errors enforce, in their words: fit's --particles refused 1 as
 * "must be an integer in [2, 1000000]" and its help said only "(default: 200)"; --budget's cap of
 * 10^12, --quantile's open interval and disclose's --groups, --period and --replications (fewer than
 * run's) were in no help either.
 */
class NumberOptionsHelpTest {

    /** An interval as a help writes one: [1, 100000], (0, 1], [0, 1). */
    private static final java.util.regex.Pattern INTERVAL =
            java.util.regex.Pattern.compile("[\\[(][^\\[\\]()]*, [^\\[\\]()]*[\\])]");

    @Test
    void everyBoundedOptionsHelpStatesItsBounds() {
        CommandLine all = Main.commandLine(new String[] {"help"});
        List<String> checked = new ArrayList<>();
        for (CommandLine c : all.getSubcommands().values()) {
            if (!(c.getCommandSpec().userObject() instanceof NumberOptions n)) {
                continue;
            }
            for (OptionSpec o : c.getCommandSpec().options()) {
                NumberOptions.Bounds b = n.bounds(o.longestName());
                if (b == null) {
                    continue;
                }
                statesOnly(c, o, b);
                checked.add(c.getCommandName() + " " + o.longestName());
            }
        }
        assertEquals(List.of("disclose --year-ending", "disclose --period", "disclose --groups",
                "disclose --replications", "fit --particles", "fit --budget", "fit --max-generations",
                "fit --min-acceptance", "fit --min-tolerance", "fit --quantile", "fit --predictive-draws"),
                checked.stream().sorted(java.util.Comparator.comparing((String s) -> s.split(" ")[0])).toList());
    }

    /**
     * An option every simulating command shares ({@code --threads}: {@link NumberOptions#shared}) says what its
     * refusal does, in its words, and no other range: its help said "1 to 1024, or 0 = all cores" where a bad
     * value is refused as "must be an integer in [0, 1024] (0: all cores)".
     */
    @Test
    void aSharedOptionsHelpStatesItsBounds() {
        CommandLine all = Main.commandLine(new String[] {"help"});
        List<String> checked = new ArrayList<>();
        for (CommandLine c : all.getSubcommands().values()) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                NumberOptions.Bounds b = NumberOptions.shared(o.longestName());
                if (b == null) {
                    continue;
                }
                String help = statesOnly(c, o, b);
                assertFalse(help.matches(".*\\b\\d+ to \\d+\\b.*"), c.getCommandName() + " " + o.longestName()
                        + ": '" + help + "' states a range in other words than '" + b.allowed() + "'");
                checked.add(c.getCommandName() + " " + o.longestName());
            }
        }
        assertTrue(checked.containsAll(List.of("run --threads", "sweep --threads", "fit --threads",
                "disclose --threads")), checked.toString());
    }

    /**
     * An option that gives a scenario key of its name (run's and sweep's --replications and --months)
     * says what the key allows, as its errors do: --replications said only its default, --months "1..600"
     * where its errors say "an integer in [1, 600]".
     */
    @Test
    void anOptionGivingAScenarioKeyStatesTheKeysBounds() {
        CommandLine all = Main.commandLine(new String[] {"help"});
        List<String> checked = new ArrayList<>();
        for (CommandLine c : all.getSubcommands().values()) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                if (!List.of("--replications", "--months").contains(o.longestName())
                        || c.getCommandSpec().userObject() instanceof NumberOptions n && n.bounds(o.longestName()) != null) {
                    continue;
                }
                String allowed = org.downline.io.ScenarioKeys.find(o.longestName().substring(2)).key().allowed();
                String help = String.join(" ", o.description());
                assertTrue(help.contains(allowed), c.getCommandName() + " " + o.longestName() + ": '" + help
                        + "' does not say '" + allowed + "'");
                checked.add(c.getCommandName() + " " + o.longestName());
            }
        }
        assertTrue(checked.containsAll(List.of("run --replications", "run --months", "sweep --replications",
                "sweep --months")), checked.toString());
    }

    /**
     * Option {@code o}'s help text, asserted to state {@code b}'s allowed values and no other range: a range
     * written twice, or kept in a sentence when the bounds changed.
     */
    private static String statesOnly(CommandLine c, OptionSpec o, NumberOptions.Bounds b) {
        String help = String.join(" ", o.description());
        assertTrue(help.contains(b.allowed()), c.getCommandName() + " " + o.longestName() + ": '" + help
                + "' does not say '" + b.allowed() + "'");
        java.util.regex.Matcher range = INTERVAL.matcher(help);
        while (range.find()) {
            assertTrue(b.allowed().contains(range.group()), c.getCommandName() + " " + o.longestName()
                    + ": '" + help + "' says " + range.group() + " beside '" + b.allowed() + "'");
        }
        return help;
    }
}
