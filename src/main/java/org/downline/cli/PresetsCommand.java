package org.downline.cli;

import java.util.concurrent.Callable;
import org.downline.io.Presets;
import org.downline.io.ScenarioWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code downline presets}: the bundled scenarios, one line each. */
@Command(name = "presets", header = "List the bundled scenarios, or print one.", mixinStandardHelpOptions = true,
        description = {"Lists the bundled scenarios, one line each.",
            "Use one with 'downline run --preset NAME'; '--show NAME' prints it with every key.", ""})
final class PresetsCommand implements Callable<Integer> {

    @Option(names = "--show", paramLabel = "NAME", description = "Print a preset's YAML file, with its comments.")
    String show;

    @Option(names = "--resolved", description = "With --show: print every key with its value, defaults included, and what it means and allows.")
    boolean resolved;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (resolved && show == null) {
            throw new InputException("--resolved needs --show NAME (the preset to print resolved), was given alone");
        }
        if (show != null) {
            String text = Presets.text(show, "--show");       // an unknown name is refused naming --show
            if (resolved) {
                out.print(ScenarioWriter.toCommentedYaml(Presets.load(show, java.util.List.of())));
            } else {
                out.print(text);
            }
            out.flush();                    // print() does not flush, and main exits right after
            return 0;
        }
        int width = Presets.names().stream().mapToInt(String::length).max().orElse(10) + 2;
        for (String name : Presets.names()) {
            out.println(name + " ".repeat(width - name.length()) + Presets.description(name));
        }
        return 0;
    }
}
