package org.downline.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.downline.engine.Results;
import org.downline.io.ResultFolder;
import org.downline.io.ResultsWriter;
import org.downline.io.SummaryTable;

/** What the commands that finish a run ({@code run}, {@code merge}) do with its results. */
final class ResultSets {

    /** What the marker of a run's result set says it holds ({@code merge} writes exactly a run's files). */
    static final String RUN = "run";
    /** What the marker of a sweep's result set says it holds. */
    static final String SWEEP = "sweep";
    /** What the marker of a fit's result set says it holds. */
    static final String FIT = "fit";

    private ResultSets() {
    }

    /**
     * What a command's last line adds when writing its --out made folders that were not there
     * ({@link ResultFolder#missingParent}, taken before writing): "; created the folder 'X'", else "".
     */
    static String created(Path missingParent) {
        return missingParent == null ? "" : "; created the folder '" + missingParent + "', which did not exist";
    }

    /**
     * Prints the summary table and writes every output file into a work folder beside {@code out},
     * then moves it into place whole (replacing an earlier result set); on failure nothing is left.
     */
    static void report(Results results, Path out, PrintWriter print) {
        final Path created = ResultFolder.missingParent(out);
        print.print(SummaryTable.render(results));
        List<Path> files;
        try (ResultFolder folder = ResultFolder.open(out)) {
            try {
                files = ResultsWriter.writeAll(results, folder.dir());
            } catch (RuntimeException e) {
                throw folder.explain(e);
            }
            folder.commit(ResultFolder.marker(RUN));
        }
        print.printf("%nWrote %d files to %s (charts in %s)%s%n", files.size(), out, out.resolve("charts"),
                created(created));
        print.flush();
    }
}
