package org.downline.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.downline.engine.Results;
import org.downline.io.ResultsWriter;
import org.downline.io.SummaryTable;

/** What the commands that finish a run ({@code run}, {@code merge}) do with its results. */
final class ResultSets {

    private ResultSets() {
    }

    /** Refuses an {@code --out} that is a file. */
    static void checkOut(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new InputException("--out must be a directory, was the file '" + out + "'");
        }
    }

    /** Prints the summary table and writes every output file into {@code out}. */
    static void report(Results results, Path out, PrintWriter print) {
        print.print(SummaryTable.render(results));
        List<Path> files = ResultsWriter.writeAll(results, out);
        print.printf("%nWrote %d files to %s (charts in %s)%n", files.size(), out, out.resolve("charts"));
        print.flush();
    }
}
