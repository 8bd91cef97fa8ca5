package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import org.junit.jupiter.api.Test;

/** The README's Commands block lists every command once, with every option its --help has. */
class ReadmeCommandsTest {

    @Test
    void everyCommandOnceWithEveryOption() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf("## Commands\n");
        int open = readme.indexOf("```\n", at) + 4;
        String block = readme.substring(open, readme.indexOf("```", open));
        Map<String, String> entries = new LinkedHashMap<>();
        String current = null;
        for (String line : block.split("\n")) {
            if (line.startsWith("downline ")) {
                current = line.split("\\s+")[1];
                assertTrue(entries.put(current, line) == null, "'downline " + current + "' is listed twice");
            } else if (line.startsWith(" ") && current != null) {
                entries.merge(current, line, (a, b) -> a + "\n" + b);
            } else {
                current = null;                        // spark-submit ...
            }
        }
        CommandLine all = Main.commandLine(new String[] {"help"});
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (Map.Entry<String, CommandLine> c : all.getSubcommands().entrySet()) {
            if (c.getKey().equals("help")) {
                continue;
            }
            String entry = entries.get(c.getKey());
            assertTrue(entry != null, "'downline " + c.getKey() + "' is not in the README's Commands block");
            for (OptionSpec o : c.getValue().getCommandSpec().options()) {
                if (o.hidden() || o.usageHelp() || o.versionHelp()) {
                    continue;
                }
                String name = o.longestName();
                if (!Pattern.compile(Pattern.quote(name) + "(?![\\w-])").matcher(entry).find()) {
                    missing.add(c.getKey() + " " + name);
                }
            }
        }
        assertEquals(java.util.List.of(), missing, "options --help has and the README's Commands block lacks");
        assertEquals(all.getSubcommands().size() - 1, entries.size(), "commands in the README: " + entries.keySet());
    }

    /** A --help that points to a README section points to one that exists. */
    @Test
    void helpPointsToReadmeSectionsThatExist() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        CommandLine all = Main.commandLine(new String[] {"help"});
        int found = 0;
        for (Map.Entry<String, CommandLine> c : all.getSubcommands().entrySet()) {
            String help = c.getValue().getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");
            var m = Pattern.compile("README,? '([^']+)'").matcher(help);
            while (m.find()) {
                found++;
                assertTrue(Pattern.compile("(?m)^#{2,3} " + Pattern.quote(m.group(1))).matcher(readme).find(),
                        "'downline " + c.getKey() + " --help' points to README section '" + m.group(1) + "'");
            }
        }
        assertTrue(found >= 4, "README references found: " + found);
        // picocli may wrap a line after a file name's dot ("report.\nhtml")
        String run = all.getSubcommands().get("run").getUsageMessage(CommandLine.Help.Ansi.OFF)
                .replaceAll("\\s+", "");
        for (String file : java.util.List.of("summary.json", "timeseries.csv", "incomes.csv", "cohorts.csv",
                "outlook.csv", "bands.csv", "lorenz.csv", "ranks.csv", "report.html")) {
            assertTrue(run.contains(file), "run --help names " + file);
        }
    }
}
