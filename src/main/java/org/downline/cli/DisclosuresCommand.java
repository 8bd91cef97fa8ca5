package org.downline.cli;

import java.util.concurrent.Callable;
import org.downline.io.Disclosures;
import org.downline.stats.Disclosure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code downline disclosures}: the bundled income disclosures. */
@Command(name = "disclosures", header = "List the bundled income disclosures, or print one.",
        mixinStandardHelpOptions = true,
        description = {"Lists the published income disclosures bundled with Downline: name, what it is, whom it "
            + "covers, over how many months, and where the figures come from.",
            "'--show NAME' prints one as its CSV file (the format any other disclosure file must have: README, "
                + "'Fitting to an income disclosure').", ""})
final class DisclosuresCommand implements Callable<Integer> {

    @Option(names = "--show", paramLabel = "NAME", description = "Print a bundled disclosure's CSV file.")
    String show;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (show != null) {
            out.print(Disclosures.text(show, "--show"));
            out.flush();
            return 0;
        }
        for (String name : Disclosures.names()) {
            Disclosure d = Disclosures.load(name);
            out.println(name);
            out.println("    " + d.title());
            out.printf("    covers: %s participants, %d months, %d groups%s%n", d.covers().word(), d.periodMonths(),
                    d.groups().size(), d.shareZero() > 0
                            ? ", " + org.downline.stats.Unit.SHARE.text(d.shareZero()) + " earned nothing" : "");
            out.println("    source: " + d.source());
        }
        out.flush();
        return 0;
    }
}
