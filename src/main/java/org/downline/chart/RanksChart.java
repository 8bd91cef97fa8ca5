package org.downline.chart;

import java.util.ArrayList;
import java.util.List;
import org.downline.engine.Results;
import org.downline.stats.RankSummary;
import org.downline.stats.Summary;
import org.downline.stats.Unit;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

/**
 * Plans with ranks: who earns what by the highest rank reached — median and mean net income of each
 * rank, with 95% intervals; each rank's share of participants and share losing money above its bars.
 */
final class RanksChart implements ResultChart {

    @Override
    public String fileName() {
        return "ranks.png";
    }

    @Override
    public String alt() {
        return "Bar chart: median and mean net income by the highest rank participants reached";
    }

    @Override
    public String caption() {
        return "What it shows: median and mean net income of participants grouped by the highest rank they "
                + "reached in the plan, " + WITH_INTERVALS + "; above each rank's bars, the share of participants "
                + "whose highest rank it was and the share of them who lost money. How to read it: bars "
                + "below $0 are ranks whose typical (median) or average (mean) participant lost money; weigh "
                + "each rank by the share of participants who reached it.";
    }

    @Override
    public boolean appliesTo(Results r) {
        return r.mlm().ranks() != null;
    }

    @Override
    public CategoryChart build(Results r) {
        RankSummary k = r.mlm().ranks();
        IntervalBarChart c = Theme.category("Who earns what by the highest rank reached",
                "Highest rank reached (above its bars: share of participants · share of them losing money)",
                "Net income per participant");
        List<String> labels = new ArrayList<>();
        List<String[]> notes = new ArrayList<>();
        List<Summary> median = new ArrayList<>();
        List<Summary> mean = new ArrayList<>();
        for (int i = 0; i < k.size(); i++) {
            if (!(k.share()[i].mean() > 0)) {
                continue;                                   // a rank nobody reached (ranks.csv lists it)
            }
            labels.add(k.labels()[i]);
            notes.add(new String[] {Unit.SHARE.text(k.share()[i].mean()),
                Unit.SHARE.text(k.shareLosingMoney()[i].mean()) + " lose"});
            median.add(k.medianNet()[i]);
            mean.add(k.meanNet()[i]);
        }
        if (labels.isEmpty()) {                              // no participants at all
            labels.add("nobody joined");
            median.add(Summary.of(new double[0]));
            mean.add(Summary.of(new double[0]));
        }
        CategorySeries m = c.addIntervalSeries("Median net income", labels, median);
        m.setFillColor(Theme.MLM);
        CategorySeries a = c.addIntervalSeries("Mean net income", labels, mean);
        a.setFillColor(Theme.MLM_SECOND);
        c.getStyler().setYAxisDecimalPattern(Unit.DOLLARS.tickPattern());
        c.getStyler().setAxisTickLabelsFont(Theme.plain(11));
        c.notesAbove(notes);                               // the shares above the bars: the labels stay short
        Plot.fitCategoryLabels(c);                         // the labels are long: turned until they clear each other
        return c;
    }
}
