package org.downline.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.downline.Version;
import org.downline.engine.Results;
import org.downline.io.ResultFolder;
import org.downline.io.ResultsWriter;
import org.downline.io.ShardFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downline merge}: a run's shards, merged into the run's results. */
@Command(name = "merge", header = "Merge the shards of a run into its results.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads the shard files written by 'downline run --shard I/N' (any order; a folder stands for every "
                + "*.shard file in it), checks that they are one complete run — the same Downline version, scenario, "
                + "seed and replications, every replication in exactly one shard — and writes exactly what "
                + "'downline run' of the whole run writes: the summary table, summary.json, the CSVs and the charts, "
                + "byte for byte.",
            "A set that is incomplete, overlaps, mixes runs or holds a file that is not a shard is refused "
                + "(exit code 2) before anything is written.",
            ""})
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "SHARD", arity = "1..*",
            description = "Shard files, or folders holding them.")
    List<Path> shards;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "downline-out",
            description = "Output directory (default: ${DEFAULT-VALUE}); an earlier result set there is replaced "
                    + "whole, once the new one is complete.")
    Path out;

    @Option(names = "--force", description = "Replace --out even if it holds files that are not a Downline "
            + "result, or a sweep's or a fit's (an earlier run's result set is always replaced whole).")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ResultFolder.check(out, force, ResultSets.RUN, Main.commandInputs("SHARD", shards));
        ResultsWriter.warmUp();
        Results results = ShardFile.mergeAll(shards, Version.get()).finish();
        ResultSets.report(results, out, spec.commandLine().getOut());
        return 0;
    }
}
