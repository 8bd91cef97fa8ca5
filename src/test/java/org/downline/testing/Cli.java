package org.downline.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.downline.cli.Main;

/** Runs a command line in-process and captures what it prints. */
public record Cli(int exit, String out, String err) {

    /** A command line given where to print; returns its exit code. */
    @FunctionalInterface
    public interface Command {
        int execute(PrintWriter out, PrintWriter err);
    }

    /** A small, fast run's options: 2 replications of 12 months of 2,000 people, one thread. */
    public static final List<String> SMALL_RUN = List.of("--replications", "2", "--months", "12", "--set",
            "market.population=2000", "--threads", "1");

    /** {@code run}, {@link #SMALL_RUN}, {@code extra}, {@code --out out}. */
    public static List<String> smallRunArgs(Path out, String... extra) {
        return smallArgs("run", out, extra);
    }

    /** {@code command} (run, sweep), {@link #SMALL_RUN}, {@code extra}, {@code --out out}. */
    public static List<String> smallArgs(String command, Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(SMALL_RUN);
        args.addAll(List.of(extra));
        args.addAll(List.of("--out", out.toString()));
        return args;
    }

    /** Runs {@link #smallRunArgs}. */
    public static Cli smallRun(Path out, String... extra) {
        return run(smallRunArgs(out, extra).toArray(String[]::new));
    }

    /** Runs a sweep of {@link #SMALL_RUN}'s cells: {@link #smallArgs} of {@code sweep}, {@code extra} its --vary. */
    public static Cli smallSweep(Path out, String... extra) {
        return run(smallArgs("sweep", out, extra).toArray(String[]::new));
    }

    /** Runs a command line of the one-machine CLI. */
    public static Cli run(String... args) {
        return capture((out, err) -> Main.execute(args, out, err));
    }

    /** Runs {@code command}, capturing what it prints. */
    public static Cli capture(Command command) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = command.execute(new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(exit, out.toString(), err.toString());
    }
}
