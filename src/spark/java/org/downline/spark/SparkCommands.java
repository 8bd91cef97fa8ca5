package org.downline.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.downline.cli.InputException;
import org.downline.cli.Main;
import org.downline.cli.NumberOptions;
import org.downline.engine.Evaluator;
import org.downline.engine.Runner;
import org.downline.engine.Simulation;

/**
 * The work behind {@link SparkMain}: takes out the one option of its own,
 * {@code --replications-per-task}, installs a {@link SparkRunner} and hands the rest to the command
 * line ({@link Main#execute}), which parses, validates, runs and writes exactly as on one machine.
 * Spark itself starts only when a command has replications to run, so bad input is refused (exit 2,
 * one line) before any Spark job, or any Spark context, exists.
 */
public final class SparkCommands {

    /** The commands that run on Spark. */
    static final Set<String> COMMANDS = Set.of("run", "sweep", "fit");
    static final String PER_TASK = "--replications-per-task";
    /** What {@link #PER_TASK} allows, said by its help and its refusals as every number option says it. */
    static final NumberOptions.Bounds PER_TASK_BOUNDS = NumberOptions.Bounds.integers(1, 1_000_000);

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: spark-submit [SPARK OPTIONS] --class org.downline.spark.SparkMain downline.jar",
            "           run|sweep|fit [OPTIONS] [" + PER_TASK + " K]",
            "Runs 'downline run', 'downline sweep' or 'downline fit' with the replications (a fit's simulations) as",
            "Spark tasks: the same options (see 'java -jar downline.jar run --help', 'sweep --help' and 'fit --help';",
            "--threads is not used), the same checks and exit codes, and byte-identical files, written by the driver",
            "into --out.",
            "      " + PER_TASK + " K",
            "                 Replications a Spark task runs (" + PER_TASK_BOUNDS.allowed() + "; default: the run's",
            "                   replications over " + SparkRunner.TASKS_PER_CORE
                    + " tasks per core); for fit, the simulations a task runs. The results do not depend on it.");

    private SparkCommands() {
    }

    /** Runs a command line on a Spark context of its own (from spark-submit's settings), then stops it. */
    static int main(String[] args, PrintWriter out, PrintWriter err) {
        SparkConf conf = new SparkConf()                       // spark.* system properties, set by spark-submit
                .setIfMissing("spark.master", "local[*]")
                .setIfMissing("spark.app.name", "downline")
                .setIfMissing("spark.ui.showConsoleProgress", "false");
        SparkContext[] started = new SparkContext[1];
        Supplier<SparkContext> context = () -> {
            synchronized (started) {
                if (started[0] == null) {
                    started[0] = SparkContext.getOrCreate(conf);
                }
                return started[0];
            }
        };
        try {
            return execute(args, out, err, conf, context);
        } finally {
            if (started[0] != null) {
                started[0].stop();
            }
        }
    }

    /** Runs a command line on the given Spark context, which it leaves running (tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, SparkContext sc) {
        return execute(args, out, err, sc.getConf(), () -> sc);
    }

    /** Runs a command line; {@code context} is asked for the Spark context only when there is work to run. */
    static int execute(String[] args, PrintWriter out, PrintWriter err, SparkConf conf,
                       Supplier<SparkContext> context) {
        if (args.length == 0) {
            err.println("error: name a command, run, sweep or fit (see 'SparkMain --help')");
            return Main.BAD_INPUT;
        }
        if (args[0].equals("--help") || args[0].equals("-h")) {
            out.println(USAGE);
            out.flush();
            return 0;
        }
        if (!COMMANDS.contains(args[0]) && !args[0].startsWith("-")) {
            // the name echoed cut, as every command-line value in an error (Checks.show)
            String was = org.downline.scenario.Checks.show(args[0]);
            err.println("error: SparkMain runs 'run', 'sweep' and 'fit' on Spark, was " + was + "; run " + was
                    + " on one machine with 'java -jar downline.jar "
                    + org.downline.scenario.Checks.showUnquoted(args[0]) + "'");
            return Main.BAD_INPUT;
        }
        List<String> rest = new ArrayList<>();
        int perTask = 0;
        for (int k = 0; k < args.length; k++) {
            String a = args[k];
            String value;
            if (a.equals(PER_TASK)) {
                value = k + 1 < args.length ? args[++k] : "";
            } else if (a.startsWith(PER_TASK + "=")) {
                value = a.substring(PER_TASK.length() + 1);
            } else {
                rest.add(a);
                continue;
            }
            try {
                perTask = (int) PER_TASK_BOUNDS.integer(PER_TASK, value);   // within its bounds: an int
            } catch (InputException e) {
                err.println("error: " + e.getMessage() + " (see 'SparkMain --help')");
                return Main.BAD_INPUT;
            }
        }
        final int block = perTask;
        IntFunction<Runner> before = Simulation.useRunners(threads -> new SparkRunner(context, conf, block));
        IntFunction<Evaluator> evaluatorBefore = Evaluator.use(threads -> new SparkEvaluator(context, conf, block));
        try {
            return Main.execute(rest.toArray(String[]::new), out, err);
        } finally {
            Evaluator.use(evaluatorBefore);
            Simulation.useRunners(before);
        }
    }
}
