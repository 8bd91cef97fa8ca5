package org.downline.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The folders the commands write into by default are named alike: downline-COMMAND ('run': downline-out). */
class OutDefaultsTest {

    @Test
    void defaultOutFoldersAreNamedAlike() {
        CommandLine all = Main.commandLine(new String[] {"help"});
        Map<String, String> defaults = new TreeMap<>();
        for (Map.Entry<String, CommandLine> c : all.getSubcommands().entrySet()) {
            OptionSpec out = c.getValue().getCommandSpec().findOption("--out");
            if (out != null && out.defaultValue() != null) {
                defaults.put(c.getKey(), out.defaultValue());
            }
        }
        assertEquals(Map.of("fit", "downline-fit", "merge", "downline-out", "run", "downline-out",
                "sweep", "downline-sweep"), defaults);
    }
}
