package org.downline.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.downline.io.HtmlReport;
import org.downline.io.ReportData;
import org.downline.io.ResultFolder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code downline report DIR}: rebuilds a results folder's report.html from the files in it. */
@Command(name = "report", header = "Rebuild report.html from a results folder.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads a results folder written by 'downline run' or 'downline merge' — summary.json, cohorts.csv, "
                + "outlook.csv and charts/*.png — and writes DIR/report.html from them: the same page the run wrote, byte for byte, "
                + "without running anything again.",
            "report.html is one self-contained file (charts embedded, no network): open it in any browser, offline, "
                + "or share it.",
            ""})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A results folder (the --out of 'downline run').")
    Path dir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String kind = Files.isDirectory(dir) ? ResultFolder.kindOf(dir, "DIR") : null;
        if (ResultSets.SWEEP.equals(kind) || ResultSets.FIT.equals(kind)) {
            throw new InputException("DIR '" + dir + "' holds a " + kind + ", whose report.html 'downline " + kind
                    + "' writes itself" + (Files.isRegularFile(dir.resolve("report.html")) ? " (it is there)" : "")
                    + ": 'downline report' rebuilds the report of a run's (or merge's) results folder only");
        }
        if (!Files.isRegularFile(dir.resolve("summary.json"))) {
            throw new InputException("DIR must be a results folder holding summary.json (the --out of 'downline "
                    + "run'), was '" + dir + "'");
        }
        ResultFolder.lockToUpdate(dir, "DIR");          // not while a run replaces the folder
        ReportData data;
        try {
            data = ReportData.read(dir);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // ScenarioException (a scenario that does not read back) is an IllegalArgumentException too
            throw new InputException("cannot read the results in '" + dir + "': " + e.getMessage());
        }
        for (Path missing : ReportData.missingCharts(dir)) {
            spec.commandLine().getErr().printf("note: %s is missing; report.html is written without that chart "
                    + "(run again to redraw it)%n", missing);
        }
        spec.commandLine().getErr().flush();
        Path file = HtmlReport.write(data, dir);
        spec.commandLine().getOut().printf("Wrote %s%n", file);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
