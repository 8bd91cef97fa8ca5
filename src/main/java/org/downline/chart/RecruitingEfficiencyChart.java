package org.downline.chart;

import java.util.Locale;
import org.downline.engine.Results;
import org.downline.model.MlmSeries;
import org.downline.scenario.RecruitmentModel;
import org.downline.stats.WorldResults;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;

/**
 * Contacts runs: how recruiting pays as the warm market is used up. Recruits per 100 pitches and
 * per 100 recruiting members (mean over replications with 5–95% bands), each against its
 * well-mixed expectation: the same pitches on a complete network, where a pitch reaches a
 * uniformly random unasked person (or, reapproaching, anyone not a member), so that it yields
 * acceptance × the prospect share of those people — computed month by month from the run's own
 * pool. On the right axis, the share of active members with nobody left to ask.
 */
final class RecruitingEfficiencyChart implements ResultChart {

    @Override
    public String fileName() {
        return "recruiting-efficiency.png";
    }

    @Override
    public String alt() {
        return "Line chart: recruits per 100 pitches and per 100 recruiting members, against their "
                + "well-mixed expectations";
    }

    @Override
    public String caption() {
        return "What it shows: how well recruiting pays as members run out of people they know — recruits "
                + "per 100 pitches and per 100 recruiting members (means with 5–95% bands), each beside what "
                + "it would be if every pitch could reach anyone in the market (thin reference lines); on the right axis, "
                + "the share of active members with nobody left to ask. How to read it: the gap between a "
                + "line and its reference line is warm-market saturation.";
    }

    @Override
    public boolean appliesTo(Results r) {
        return r.scenario().recruitment().model() == RecruitmentModel.CONTACTS;
    }

    @Override
    public XYChart build(Results r) {
        XYChart c = Theme.xy("Warm-market saturation: recruiting efficiency",
                "Month", "Recruits per 100 recruiting members  ·  per 100 pitches");
        WorldResults m = r.mlm();
        double a = r.scenario().recruitment().acceptance();
        double perMember = r.scenario().recruitment().contactsPerMonth();
        double[] pool = wellMixedProspectShare(r);
        // the legend's order, and the axis title's; reddish purple beside vermillion: they cross
        Plot.defined(c, m.series(MlmSeries.RECRUITS_PER_RECRUITER), 100, "Recruits per 100 recruiting members",
                Theme.MLM_SECOND, 0);
        Plot.reference(c, pool, 100 * a * perMember, "… if they could reach everyone (well-mixed: "
                + parameter(perMember) + " pitches × acceptance × prospect share)", Theme.MLM_SECOND);
        Plot.defined(c, m.series(MlmSeries.RECRUITS_PER_PITCH), 100, "Recruits per 100 pitches", Theme.MLM, 0);
        Plot.reference(c, pool, 100 * a, "… well-mixed expectation (acceptance × prospect share of the unasked)",
                Theme.MLM);
        XYSeries done = Plot.defined(c, m.series(MlmSeries.SHARE_NO_UNASKED_LEFT), 1,
                Plot.onRightAxis(MlmSeries.SHARE_NO_UNASKED_LEFT.label()), Theme.NEUTRAL, 1);
        if (done != null) {
            done.setLineWidth(1.5f);
        }
        c.setYAxisGroupTitle(1, "Share of active members with nobody left to ask");
        c.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        c.getStyler().setYAxisMin(0, 0.0);
        c.getStyler().setYAxisMin(1, 0.0);
        c.getStyler().setYAxisMax(1, 1.0);
        // its ticks are plain numbers, not percent: XChart 3.8.8 labels every y axis with group 0's
        // pattern, here its own choice for the left axis's numbers (ChartsTest)
        c.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        c.getStyler().setLegendFont(Theme.plain(12));
        return c;
    }

    /**
     * Month t's prospect share of the people a well-mixed pitch would reach, from the state at the
     * end of month t−1 (means over replications): unasked prospects / unasked people, or when
     * refusers may be pitched again, prospects not yet members / people not yet members.
     */
    static double[] wellMixedProspectShare(Results r) {
        WorldResults m = r.mlm();
        int months = r.months();
        double[] out = new double[months + 1];
        out[0] = Double.NaN;
        double[] unasked = m.series(MlmSeries.UNASKED).mean();
        double[] unaskedProspects = m.series(MlmSeries.UNASKED_PROSPECTS).mean();
        double[] prospectsLeft = m.series(MlmSeries.PROSPECTS_LEFT).mean();
        double[] members = m.series(MlmSeries.MEMBERS).mean();
        double population = r.scenario().market().population();
        boolean again = r.scenario().market().reapproachRefused();
        for (int t = 1; t <= months; t++) {
            double people = again ? population - members[t - 1] : unasked[t - 1];
            double prospects = again ? prospectsLeft[t - 1] : unaskedProspects[t - 1];
            out[t] = people > 0 ? prospects / people : Double.NaN;
        }
        return out;
    }

    /** A scenario parameter as given: 20, or 2.50. */
    private static String parameter(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }
}
