package org.downline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.downline.Version;
import org.downline.engine.PartialResult;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Shard;
import org.downline.engine.Simulation;
import org.downline.io.ResultFolder;
import org.downline.io.ResultsWriter;
import org.downline.io.ShardFile;
import org.downline.rng.RandomStreams;
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
                + "summary.json, timeseries.csv, incomes.csv, cohorts.csv, outlook.csv, bands.csv, lorenz.csv "
                + "(ranks.csv for plans with ranks), charts/*.png and report.html (all of it on one page; README, "
                + "'The report').",
            "With no options: the default preset, into ./downline-out/. The same scenario, seed and version "
                + "give byte-identical files at any --threads.",
            "With --shard I/N it runs only the replications r with r mod N = I-1 and writes them, unfinished, to "
                + "DIR/shard-I-of-N.shard; 'downline merge' turns the N shards into exactly the files of the whole "
                + "run (for array jobs on a cluster: README, 'Sharding').",
            ""})
final class RunCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario = new ScenarioOptions();

    @Mixin
    RunSettings settings = new RunSettings();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "downline-out",
            description = "Output directory (default: ${DEFAULT-VALUE}); an earlier result set there is replaced "
                    + "whole, once the new one is complete.")
    Path out;

    @Option(names = "--force", description = "Replace --out even if it holds files that are not a Downline "
            + "result, or a sweep's or a fit's (an earlier run's result set is always replaced whole); with --shard, "
            + "replace DIR/shard-I-of-N.shard even if it is of another run.")
    boolean force;

    @Option(names = "--shard", paramLabel = "I/N", converter = ShardConverter.class,
            description = "Run shard I of N (1 <= I <= N <= replications): the replications r with r mod N = I-1, "
                    + "written to DIR/shard-I-of-N.shard for 'downline merge'.")
    Shard shard;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Parses {@code I/N}. */
    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            Shard s = Shard.parse(value);
            if (s == null) {
                throw new CommandLine.TypeConversionException(
                        "must be I/N with integers 1 <= I <= N, was '" + value + "'");
            }
            return s;
        }
    }

    @Override
    public Integer call() {
        final int t = settings.threads(spec.commandLine());
        if (shard == null) {
            ResultFolder.check(out, force, ResultSets.RUN, scenario.inputs());
            ResultsWriter.warmUp();         // the charts' and report's libraries load beside the run
        } else {
            ResultFolder.checkForShards(out);
        }
        settings.refuseAlsoSet(scenario);
        Scenario s = settings.load(scenario);
        HugePages.hint(s, t).ifPresent(spec.commandLine().getErr()::println);
        if (shard != null) {
            return runShard(s, t);
        }
        ProgressListener progress = ConsoleProgress.forTerminal("replications");
        Results results;
        try {
            results = Simulation.run(s, new RunOptions(t), progress);
        } finally {
            ConsoleProgress.close(progress);
        }
        ResultSets.report(results, out, spec.commandLine().getOut());
        return 0;
    }

    private int runShard(Scenario s, int threads) {
        if (shard.count() > s.replications()) {
            throw new InputException("--shard N must be at most the replications (" + s.replications()
                    + "), was " + shard);
        }
        ShardFile.refuseOtherRun(out, Version.get(), RandomStreams.ALGORITHM, shard, s, force);
        ProgressListener progress = ConsoleProgress.forTerminal("replications");
        PartialResult partial;
        try {
            partial = Simulation.partial(s, shard, new RunOptions(threads), progress);
        } finally {
            ConsoleProgress.close(progress);
        }
        Path file = ShardFile.write(out, Version.get(), RandomStreams.ALGORITHM, shard, partial);
        int[] held = partial.indices();
        spec.commandLine().getOut().printf("Shard %s of scenario %s: %d of %d replications (r mod %d = %d). Wrote %s%n"
                + "Merge all %d shards with: downline merge SHARD_FILES_OR_FOLDERS... --out DIR%n", shard, s.name(),
                held.length, s.replications(), shard.count(), shard.index() - 1, file, shard.count());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
