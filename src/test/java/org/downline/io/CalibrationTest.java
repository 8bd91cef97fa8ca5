package org.downline.io;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.scenario.Scenario;
import org.downline.stats.Metrics;
import org.downline.stats.Summary;
import org.downline.stats.WorldResults;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;

/**
 * The default preset lands in the published bands it is calibrated to (REFERENCES.md, and the
 * comments in presets/default.yaml). The bands are wide and the 95% interval of each metric must
 * lie inside its band, so the test fails only if the model or the preset moves.
 */
class CalibrationTest {

    @Test
    void defaultPresetLandsInThePublishedBands() {
        Scenario s = Presets.load(Presets.DEFAULT, List.of());
        s = Scenarios.run(s, s.months(), 30, s.seed());
        Results r = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        WorldResults m = r.mlm();
        // Taylor (2011): about 99% lose money once required purchases and minimal costs count
        within(m, Metrics.SHARE_LOSING_MONEY, 0.95, 1.0);
        // Herbalife 2012: 88% paid nothing; FTC 2024: most made nothing in 17 of 70
        within(m, Metrics.SHARE_NO_COMMISSION, 0.5, 0.9);
        // Herbalife 2012: 71% never sponsored anyone
        within(m, Metrics.SHARE_NEVER_RECRUITED, 0.65, 0.77);
        // Pyramid Scheme Alert 2008: the top 1% took over half of all commissions in 10 of 11 MLMs
        within(m, Metrics.TOP_ONE_PERCENT_SHARE, 0.5, 1.0);
        // Pyramid Scheme Alert 2008: 60-90% annual churn
        within(m, Metrics.SHARE_QUIT_WITHIN_YEAR, 0.6, 0.9);
        // FTC 2024: most made $1,000 a year or less before expenses
        within(m, Metrics.ANNUAL_GROSS_AT_MOST_1000, 0.5, 1.0);
        WorldResults a = r.affiliate();
        // UK Affiliate Census 2006: about half of working affiliates earn under 500 pounds a year
        within(a, Metrics.ESTABLISHED_UNDER_500, 0.35, 0.65);
        // AffStat / House of Kaizen: under 10% above $50,000 a year
        within(a, Metrics.ESTABLISHED_OVER_50000, 0, 0.10);
    }

    /**
     * The warm-market preset shows what its comments say: each recruiter's yield falls by more than
     * a third within a year while almost every prospect is still unasked, the yield per pitch stays
     * at acceptance × prospect share, and a well-mixed market with the same pitches keeps the yield
     * per recruiter. Bands are wide; 30 replications of the first 24 months (about 2 s).
     */
    @Test
    void warmMarketPresetShowsRecruitersRunningOutBeforeTheMarket() {
        Scenario s = Presets.load("warm-market", List.of());
        s = Scenarios.run(s, 24, 30, s.seed());
        WorldResults m = Simulation.run(s, new RunOptions(2), ProgressListener.NONE).mlm();
        double[] perRecruiter = m.series("recruitsPerRecruiter").mean();
        double[] perPitch = m.series("recruitsPerPitch").mean();
        double k = s.market().prospects();
        assertTrue(perRecruiter[12] < 0.65 * perRecruiter[1], "recruits per recruiter month 1 " + perRecruiter[1]
                + ", month 12 " + perRecruiter[12]);
        assertTrue(m.series("unaskedProspects").mean()[12] > 0.95 * k, "prospects asked by month 12");
        assertTrue(m.series("shareNoUnaskedLeft").mean()[12] > 0.05, "nobody ran out of people to ask");
        double yield = s.recruitment().acceptance() * s.market().prospectShare();
        for (int t = 1; t <= 24; t++) {
            assertTrue(Math.abs(perPitch[t] - yield) < 0.15 * yield, "recruits per pitch in month " + t + ": " + perPitch[t]);
        }
        within(m, Metrics.SHARE_LOSING_MONEY, 0.95, 1.0);

        Scenario mixed = Presets.load("warm-market", List.of("market.network.kind=complete"));
        mixed = Scenarios.run(mixed, 12, 30, s.seed());
        double[] mixedPerRecruiter = Simulation.run(mixed, new RunOptions(2), ProgressListener.NONE).mlm()
                .series("recruitsPerRecruiter").mean();
        assertTrue(mixedPerRecruiter[12] > 0.85 * mixedPerRecruiter[1], "well-mixed: recruits per recruiter month 1 "
                + mixedPerRecruiter[1] + ", month 12 " + mixedPerRecruiter[12]);
    }

    private static void within(WorldResults w, String metric, double lo, double hi) {
        Summary s = w.metric(metric);
        assertTrue(s.lo() >= lo && s.hi() <= hi, metric + " 95% interval [" + s.lo() + ", " + s.hi()
                + "] is not inside [" + lo + ", " + hi + "]");
    }
}
