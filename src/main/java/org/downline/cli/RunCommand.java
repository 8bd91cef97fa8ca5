package org.downline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.io.ResultsWriter;
import org.downline.io.SummaryTable;
import org.downline.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code downline run}: a scenario's Monte Carlo replications, a summary table, files and charts. */
@Command(name = "run", header = "Run a scenario: summary table, JSON/CSV results and charts.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a scenario's Monte Carlo replications in parallel, prints who earns what, and writes "
                + "summary.json, timeseries.csv, incomes.csv, cohorts.csv, bands.csv, lorenz.csv (ranks.csv for "
                + "plans with ranks) and charts/*.png.",
            "With no options: the default preset, into ./downline-out/. The same scenario, seed and version "
                + "give byte-identical files at any --threads.",
            ""})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Mixin
    RunSettings settings = new RunSettings();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "downline-out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        final int t = settings.threads(spec.commandLine());
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out must be a directory, was the file '" + out + "'");
        }
        Scenario s = scenario.load(settings.overrides());
        ProgressListener progress = ConsoleProgress.forTerminal("replications");
        Results results;
        try {
            results = Simulation.run(s, new RunOptions(t), progress);
        } finally {
            ConsoleProgress.close(progress);
        }
        spec.commandLine().getOut().print(SummaryTable.render(results));
        List<Path> files = ResultsWriter.writeAll(results, out);
        spec.commandLine().getOut().printf("%nWrote %d files to %s (charts in %s)%n", files.size(),
                out, out.resolve("charts"));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
