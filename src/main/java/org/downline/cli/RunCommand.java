package org.downline.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
@Command(name = "run",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Runs a scenario's Monte Carlo replications in parallel, prints who earns what and writes",
            "summary.json, timeseries.csv, incomes.csv, cohorts.csv, bands.csv, lorenz.csv and charts/*.png.",
            "With no options: the default preset into ./downline-out/.",
            "Same scenario + seed + version = byte-identical files at any --threads.",
            ""})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Option(names = "--replications", paramLabel = "R",
            description = "Monte Carlo replications (default: the scenario's 'replications').")
    Integer replications;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's 'seed').")
    Long seed;

    @Option(names = "--months", paramLabel = "M", description = "Months to simulate, 1..600 (default: the scenario's 'months').")
    Integer months;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Worker threads (default: all ${sys:downline.cores} cores). Results do not depend on it.")
    int threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "downline-out",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static {
        System.setProperty("downline.cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
    }

    @Override
    public Integer call() {
        List<String> extra = new ArrayList<>();
        if (replications != null) {
            extra.add("replications=" + replications);
        }
        if (seed != null) {
            extra.add("seed=" + seed);
        }
        if (months != null) {
            extra.add("months=" + months);
        }
        if (threads < 0 || threads > 1024) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads must be in [1, 1024] (or 0 for all cores), was " + threads);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out must be a directory, was the file '" + out + "'");
        }
        Scenario s = scenario.load(extra);
        int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
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
