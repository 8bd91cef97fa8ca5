package org.downline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.downline.Version;
import org.downline.io.AtomicFiles;
import org.downline.io.HtmlReport;
import org.downline.io.ReportData;
import org.downline.io.ResultFolder;
import org.downline.io.ResultsWriter;
import org.downline.io.SweepCell;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code downline report DIR}: rebuilds a results folder's report.html from the files in it. */
@Command(name = "report", header = "Rebuild report.html from a results folder.",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads a results folder written by 'downline run' or 'downline merge' — summary.json, cohorts.csv, "
                + "outlook.csv and charts/*.png — and writes DIR/report.html from them: the same page the run wrote, byte for byte, "
                + "without running anything again. Results of another Downline version are rendered by this one, "
                + "and the page says so; those it cannot show faithfully are refused.",
            "report.html is one self-contained file (charts embedded, no network): open it in any browser, offline, "
                + "or share it.",
            ""})
final class ReportCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "A results folder (the --out of 'downline run').")
    Path dir;

    @Option(names = "--force", description = "Replace DIR/report.html (through a symbolic link, the file it leads "
            + "to) even if it is not a page Downline wrote.")
    boolean force;

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
        Path page = page();
        ReportData data;
        try {
            data = ReportData.read(dir);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            // ScenarioException (a scenario that does not read back) is an IllegalArgumentException too
            JsonNode marker = ResultFolder.readMarker(dir, "DIR");
            String wrote = marker == null ? Version.get() : marker.path("downline").asText(Version.get());
            if (!wrote.equals(Version.get())) {
                throw otherVersion(wrote, "cannot read them (" + e.getMessage() + ")");
            }
            throw new InputException("cannot read the results in '" + dir + "': " + e.getMessage());
        }
        String lacking = lacking(data);
        if (data.version().equals(Version.get())) {
            if (lacking != null) {                      // this version's run writes them all: taken out since
                throw new InputException("cannot read the results in '" + dir + "': " + dir.resolve("summary.json")
                        + " lacks " + lacking + ", which a run of its scenario writes");
            }
            if (!data.notShown().isEmpty()) {           // nor any other: put in since
                throw new InputException("cannot read the results in '" + dir + "': " + dir.resolve("summary.json")
                        + " holds " + ReportData.firstOf(data.notShown()) + ", which no run of this version writes");
            }
        } else {
            if (lacking != null) {
                throw otherVersion(data.version(), "cannot show them faithfully: they lack " + lacking
                        + ", which this version reports");
            }
            spec.commandLine().getErr().printf("note: the results in '%s' were computed by Downline %s; Downline %s "
                    + "renders report.html from them, and the page says so%s (run the scenario again with Downline %3$s "
                    + "for results of this version)%n", dir, data.version(), Version.get(), data.notShown().isEmpty() ? ""
                            : "; it leaves out what it does not know: " + ReportData.firstOf(data.notShown()));
        }
        for (Path missing : ReportData.missingCharts(dir)) {
            spec.commandLine().getErr().printf("note: %s is missing; report.html is written without that chart "
                    + "(run again to redraw it)%n", missing);
        }
        spec.commandLine().getErr().flush();
        AtomicFiles.writeString(page, HtmlReport.render(data));
        spec.commandLine().getOut().printf("Wrote %s%n", dir.resolve(HtmlReport.FILE));
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * The file the page goes to: DIR/report.html, or where it leads if it is a symbolic link (the link is
     * kept, as {@code run --out} and payout's {@code --out} keep theirs), checked as payout checks its
     * {@code --out}: refused if it is not a regular file, not writable, or (without --force) not a page
     * Downline wrote.
     */
    private Path page() {
        Path named = dir.resolve(HtmlReport.FILE);
        // a relative link followed from the folder's real place, as absolute resolves every path
        Path page = ResultFolder.absolute(named, HtmlReport.FILE);
        if (!Files.exists(page)) {
            return page;
        }
        String held = "DIR '" + dir + "' holds " + HtmlReport.FILE + (Files.isSymbolicLink(named)
                ? ", which leads to '" + page + "'," : ",");
        if (!Files.isRegularFile(page)) {
            throw new InputException(held + " not a regular file but a folder, device, pipe or socket, which the "
                    + "page written would replace: move it");
        }
        if (!Files.isWritable(page)) {
            throw new InputException(held + " a file that is not writable (a command leaves a read-only output "
                    + "as it is): make it writable");
        }
        if (!force && !HtmlReport.isPage(page)) {
            throw new InputException(held + " a file Downline did not write (not a Downline page): move it, or "
                    + "add --force to replace it");
        }
        return page;
    }

    /**
     * The refusal of results computed by Downline {@code version} that this version cannot show as
     * they are ({@code why}), as {@code merge} refuses another version's shards: rebuild the page with
     * the version that computed them, or compute them again.
     */
    private InputException otherVersion(String version, String why) {
        return new InputException("DIR '" + dir + "' holds results of Downline " + version + ", and Downline "
                + Version.get() + " " + why + ": rebuild the report with Downline " + version + ", or run the "
                + "scenario again with Downline " + Version.get());
    }

    /**
     * The first metric (as {@code group.key}) that a run of the scenario of {@code data} reports in this
     * version and its results lack, with how many more, or null if none is lacking: results that lack one
     * would show it as "n/a" or "–", as if undefined or not reported.
     */
    private static String lacking(ReportData data) {
        Map<String, Set<String>> held = new LinkedHashMap<>();
        data.worlds().forEach(w -> held.put(w.world().key(), w.metrics().keySet()));
        held.put(ResultsWriter.PAIRED, data.paired().keySet());
        List<String> lacking = new ArrayList<>();
        SweepCell.expected(data.scenario()).forEach((group, keys) -> keys.stream()
                .filter(k -> !held.getOrDefault(group, Set.of()).contains(k)).forEach(k -> lacking.add(group + "." + k)));
        return lacking.isEmpty() ? null : ReportData.firstOf(lacking);
    }
}
