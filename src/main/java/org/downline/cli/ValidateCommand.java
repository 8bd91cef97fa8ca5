package org.downline.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.downline.io.ScenarioReader;
import org.downline.io.ScenarioWriter;
import org.downline.io.Words;
import org.downline.scenario.Problem;
import org.downline.scenario.Scenario;
import org.downline.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downline validate FILE}: every problem of a scenario, one per line. */
@Command(name = "validate", header = "Check a scenario file and list every problem.", mixinStandardHelpOptions = true,
        description = {"Checks a scenario file and prints every problem, one per line (exit code 2 if there is any, "
            + "0 if the scenario can run).", ""})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a key before checking (repeatable).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--print", description = "Print the scenario with every key, defaults filled in.")
    boolean print;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<Problem> problems = new ArrayList<>();
        Scenario scenario = null;
        try {
            scenario = ScenarioReader.read(file, sets);
        } catch (ScenarioException e) {
            problems.addAll(ScenarioReader.blamingSets(e, sets).problems());
        }
        if (!problems.isEmpty()) {
            for (Problem p : problems) {
                String text = p.toString();
                // a problem with the file itself already names it (e.g. "FILE holds a second YAML document")
                // and a problem with a --set option is not the file's
                boolean named = text.startsWith(file.toString() + " ") || text.startsWith(file + ":")
                        || p.field().equals("--set");
                spec.commandLine().getErr().println(Main.oneLine(file.toString().isEmpty() || named ? "error: " + text
                        : file + ": " + text));
            }
            if (problems.size() > 1) {
                spec.commandLine().getErr().println(problems.size() + " problems in " + file
                        + (sets.isEmpty() ? "" : " with the --set options"));
            }
            return Main.BAD_INPUT;
        }
        if (print) {
            spec.commandLine().getOut().print(ScenarioWriter.toCommentedYaml(scenario));
            spec.commandLine().getOut().flush();
        } else {
            spec.commandLine().getOut().println(file + ": valid (" + Words.count(scenario.replications(),
                    "replication") + " × " + Words.count(scenario.months(), "month") + ", "
                    + Words.count(scenario.market().prospects(), "prospect") + ")");
        }
        return 0;
    }
}
