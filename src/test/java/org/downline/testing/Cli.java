package org.downline.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.downline.cli.Main;

/** Runs a command line in-process and captures what it prints. */
public record Cli(int exit, String out, String err) {

    /** A command line given where to print; returns its exit code. */
    @FunctionalInterface
    public interface Command {
        int execute(PrintWriter out, PrintWriter err);
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
