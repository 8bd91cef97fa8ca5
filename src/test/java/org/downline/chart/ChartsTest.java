package org.downline.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.downline.engine.ProgressListener;
import org.downline.engine.Results;
import org.downline.engine.RunOptions;
import org.downline.engine.Simulation;
import org.downline.io.Presets;
import org.downline.io.ResultsWriter;
import org.downline.scenario.NetworkKind;
import org.downline.scenario.Scenario;
import org.downline.testing.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.style.markers.SeriesMarkers;

class ChartsTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** A plan with ranks adds ranks.png, ranks.csv and a ranks block in summary.json; one without, none. */
    @Test
    void plansWithRanksAddTheRanksChartAndTable(@TempDir Path tmp) throws IOException {
        Scenario unilevel = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3)), 12, 3, 3);
        Results none = Simulation.run(unilevel, new RunOptions(2), ProgressListener.NONE);
        assertTrue(Charts.all(none).stream().noneMatch(c -> c.fileName().equals("ranks.png")));
        assertTrue(ResultsWriter.writeAll(none, tmp.resolve("unilevel")).stream()
                .noneMatch(f -> f.getFileName().toString().startsWith("ranks")));

        Results r = run("breakaway-stair-step", "market.population=20000", "market.prospectShare=0.3", "months=12",
                "replications=3");
        assertTrue(Charts.all(r).stream().anyMatch(c -> c.fileName().equals("ranks.png")));
        Path dir = tmp.resolve("breakaway");
        List<Path> files = ResultsWriter.writeAll(r, dir);
        assertTrue(files.contains(dir.resolve("charts").resolve("ranks.png")));
        List<String> csv = Files.readAllLines(dir.resolve("ranks.csv"));
        assertTrue(csv.get(1).startsWith("world,rank,label,shareOfParticipants,"), csv.get(1));
        assertEquals(2 + 9, csv.size(), "a line for each of the nine ranks");
        assertTrue(csv.get(10).startsWith("mlm,8,\"21% tier (group volume $10,000+)\","), csv.get(10));
        String json = Files.readString(dir.resolve("summary.json"));
        assertTrue(json.contains("\"ranks\" : [") || json.contains("\"ranks\": ["), "ranks block");
    }

    @Test
    void everyChartIsALabelledPngOfTheAdvertisedSize(@TempDir Path tmp) throws IOException {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(30_000, 0.3)), 12, 6, 3);
        checkCharts(s, 7, tmp);
    }

    /** A contacts run adds the recruiting-efficiency chart; the others are the same. */
    @Test
    void contactsRunsAddTheRecruitingEfficiencyChart(@TempDir Path tmp) throws IOException {
        Scenario s = Scenarios.with(Scenario.DEFAULT,
                Scenarios.market(30_000, 0.3, false, NetworkKind.SMALL_WORLD, 40, 0.1));
        s = Scenarios.with(s, Scenarios.contacts(10, 4, 0.3, Scenario.DEFAULT.recruitment().effort()));
        List<Charts.Named> charts = checkCharts(Scenarios.run(s, 12, 6, 3), 8, tmp);
        assertEquals("recruiting-efficiency.png", charts.get(7).fileName());
    }

    /**
     * The Lorenz chart's legend writes the Gini and the top 1%'s share as the summary table does (it
     * said "Gini 1.00" beside the table's 0.998): in their metrics' units.
     */
    @Test
    void theLorenzLegendWritesTheGiniAsTheTableDoes() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3)), 12, 3, 3);
        Results r = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        String table = org.downline.io.SummaryTable.render(r);
        org.knowm.xchart.XYChart c = new LorenzChart().build(r);
        for (org.downline.stats.WorldResults w : List.of(r.mlm(), r.affiliate())) {
            String gini = org.downline.stats.Unit.INDEX.text(w.metric("gini").mean());
            String top = org.downline.stats.Unit.SHARE.text(w.metric("topOnePercentShareOfCommissions").mean());
            assertTrue(gini.matches("0\\.\\d{3}") && table.contains(gini), gini);
            String name = org.downline.stats.World.of(w.world()).label() + " (Gini " + gini + ", top 1% get " + top + ")";
            assertTrue(c.getSeriesMap().containsKey(name), name + " in " + c.getSeriesMap().keySet());
        }
    }

    /**
     * No legend over the bars: in the top right corner it hid the MLM's top-1% bar of who-earns-what,
     * at 100% under the customer rule (every commission to a few members: checked here, so the test
     * can fail), and its whisker. Every bar chart of a run puts it below the plot.
     */
    @Test
    void barChartLegendsCoverNoBar() {
        Results r = run("customer-rule", "market.population=20000", "replications=3");
        assertTrue(r.mlm().metric(org.downline.stats.Metric.SHARE_TOP_1.key()).mean() > 0.9, "a top-1% bar near the top");
        for (ResultChart chart : List.of(new WhoEarnsWhatChart(), new NetIncomeDistributionChart())) {
            org.knowm.xchart.CategoryChart c = (org.knowm.xchart.CategoryChart) chart.build(r);
            assertEquals(org.knowm.xchart.style.Styler.LegendPosition.OutsideS, c.getStyler().getLegendPosition(),
                    chart.fileName());
        }
        // the cohorts' share losing money: in the bottom right corner its legend covered the affiliate
        // world's last months (near 0%), and the MLM's run along 100%
        org.knowm.xchart.XYChart losing = new CohortLosingMoneyChart().build(r);
        assertEquals(org.knowm.xchart.style.Styler.LegendPosition.OutsideS, losing.getStyler().getLegendPosition());
    }

    /**
     * A caption says what its chart shows and how to read it, whatever the run: the ranks chart's said
     * "few people reach the high ranks, and income rises steeply only at the top" under a binary plan's
     * ranks.png whose qualified members lost more than the unqualified; the growth chart's said the market
     * saturates, and the cohorts' that the share losing money held "whatever month they came in".
     */
    @Test
    void captionsAssertNoResult() {
        List<String> results = List.of("rises steeply", "few people reach", "the market saturates",
                "whatever month");
        for (ResultChart chart : Charts.REGISTERED) {
            for (String claim : results) {
                assertTrue(!chart.caption().contains(claim), chart.fileName() + ": " + claim);
            }
        }
    }

    /**
     * The affiliate world's mean by month of joining, pulled up to tens of thousands of dollars by a few
     * sites (checked: more than twice its medians' highest), squashed both MLM lines onto $0 with no tick
     * below it. It goes on a right-hand axis of its own, $0 at the same height on both; the left axis
     * holds the medians and the MLM's mean, reaches below the MLM's lowest value and stops below the
     * affiliate mean's peak. At 1,000,000 people, seed 2, 3 replications: in a smaller run, and in some
     * runs of this size (seed 1 with 2 replications, since the founders' affiliate counterparts joined in
     * month 0), the affiliate medians alone would flatten the MLM's, and the affiliate world goes on the
     * right axis whole (next test).
     */
    @Test
    void aMeanFarFromTheMediansDoesNotSquashTheMlmsCohortLines() {
        Results r = run("default", "market.population=1000000", "replications=3", "seed=2");
        org.knowm.xchart.XYChart c = new CohortNetIncomeChart().build(r);
        var series = c.getSeriesMap();
        double[] affiliateMean = series.get("Affiliate marketing: mean (right axis)").getYData();
        double peak = Arrays.stream(affiliateMean).max().orElseThrow();
        double medianPeak = Arrays.stream(series.get("Affiliate marketing: median").getYData()).max().orElseThrow();
        assertTrue(peak > 2 * medianPeak, "a mean far above the medians: " + peak + " vs " + medianPeak);
        assertEquals(1, series.get("Affiliate marketing: mean (right axis)").getYAxisGroup());
        double mlmLow = Double.POSITIVE_INFINITY;
        for (String name : List.of("MLM: median", "MLM: mean", "Affiliate marketing: median")) {
            assertEquals(0, series.get(name).getYAxisGroup(), name);
            if (name.startsWith("MLM")) {
                mlmLow = Math.min(mlmLow, Arrays.stream(series.get(name).getYData()).min().orElseThrow());
            }
        }
        double low = c.getStyler().getYAxisMin(0);
        double high = c.getStyler().getYAxisMax(0);
        assertTrue(mlmLow < 0 && low < mlmLow && high < peak, low + " .. " + high + ", MLM from " + mlmLow);
        assertTrue(c.getStyler().getYAxisMax(1) >= peak
                && c.getStyler().getYAxisMin(1) <= Arrays.stream(affiliateMean).min().orElseThrow());
        assertZeroAtOneHeight(c, 1);
    }

    /**
     * breakaway-stair-step at 100,000 people, 2 replications (no affiliate world): the MLM's mean (up to
     * $600) above medians of −$800 to −$200, whose intervals reach $400. Measured from the medians alone
     * it was "far" and went on a right axis of its own, a second dollar scale on which it read $500 above
     * medians it equalled; beside the intervals as drawn it is not far, and shares their axis.
     */
    @Test
    void aMeanWithinTheDrawnIntervalsSharesTheMediansAxis() {
        Results r = run("breakaway-stair-step", "market.population=100000", "replications=2");
        org.knowm.xchart.XYChart c = new CohortNetIncomeChart().build(r);
        var series = c.getSeriesMap();
        assertTrue(series.containsKey("MLM: mean"), series.keySet().toString());
        assertEquals(0, series.get("MLM: mean").getYAxisGroup());
        double[] mean = Plot.yRange(null, series.get("MLM: mean").getYData());
        double[] median = Plot.yRange(null, series.get("MLM: median").getYData());
        assertTrue(mean[1] > median[1] + 0.5 * (0 - median[0]), "a mean above the medians' reach: "
                + Arrays.toString(mean) + " beside " + Arrays.toString(median));
        assertTrue(mean[1] <= c.getStyler().getYAxisMax(0) && mean[0] >= c.getStyler().getYAxisMin(0));
    }

    /**
     * At 20,000 people one affiliate cohort's interval (checked: more than ten times the MLM's medians'
     * whole range beyond $0) set the scale, and the affiliate medians (up to $22,000) flattened every MLM
     * cohort onto $0. The affiliate world goes on the right axis, in its colour, with the right axis's
     * ticks; the MLM's medians fill a good part of the left axis; every interval drawn stays inside its
     * axis, and the cut ones are marked and named in the legend.
     */
    @Test
    void aSmallRunsAffiliateCohortsDoNotFlattenTheMlms() {
        Results r = run("customer-rule", "market.population=20000", "replications=4");
        org.knowm.xchart.XYChart c = new CohortNetIncomeChart().build(r);
        var series = c.getSeriesMap();
        double[] mlm = Plot.yRange(new double[] {0, 0}, series.get("MLM: median").getYData());
        double widest = 0;
        for (org.downline.stats.Summary m : r.affiliate().cohorts().medianNet()) {
            widest = Math.max(widest, Double.isNaN(m.hi()) ? 0 : m.hi() - m.lo());
        }
        assertTrue(widest > 10 * (mlm[1] - mlm[0]), "a wide affiliate interval: " + widest);
        String affiliate = Plot.onRightAxis("Affiliate marketing: median");
        assertEquals(1, series.get(affiliate).getYAxisGroup());
        assertEquals(1, series.get(Plot.onRightAxis("Affiliate marketing: mean")).getYAxisGroup());
        assertEquals(Theme.RIGHT_AXIS, series.get(affiliate).getLineColor());
        assertEquals(Theme.RIGHT_AXIS, c.getStyler().getYAxisGroupTickLabelsColorMap(1));
        double low = c.getStyler().getYAxisMin(0);
        double high = c.getStyler().getYAxisMax(0);
        assertTrue(mlm[1] - mlm[0] > 0.3 * (high - low), "the MLM's medians fill their axis: " + low + " .. " + high);
        for (var e : series.entrySet()) {
            if (e.getKey().endsWith("(95% interval)")) {
                int g = e.getValue().getYAxisGroup();
                for (double y : e.getValue().getYData()) {
                    assertTrue(Double.isNaN(y) || y >= c.getStyler().getYAxisMin(g) && y <= c.getStyler().getYAxisMax(g),
                            e.getKey() + ": " + y);
                }
            }
        }
        assertTrue(series.containsKey(CohortNetIncomeChart.CUT) && series.get(CohortNetIncomeChart.CUT).isShowInLegend());
        // the cut marks point up or down in each line's colour: the legend names them in words, with no one marker
        assertInstanceOf(org.knowm.xchart.style.markers.None.class, series.get(CohortNetIncomeChart.CUT).getMarker());
        assertTrue(CohortNetIncomeChart.CUT.startsWith("arrowhead: "), CohortNetIncomeChart.CUT);
        assertZeroAtOneHeight(c, 1);
    }

    /**
     * One replication of the default preset at 20,000 people: an MLM all below $0 beside an affiliate
     * world all above it. Stretching the right axis to put its $0 level with the left's (near the top)
     * squeezed the affiliate lines into its top twentieth; $0 goes midway instead, and the lines on
     * each axis fill a good part of it.
     */
    @Test
    void anMlmBelowZeroBesideAnAffiliateWorldAboveItShareTheHeight() {
        Results r = run("default", "market.population=20000", "replications=1");
        org.knowm.xchart.XYChart c = new CohortNetIncomeChart().build(r);
        var series = c.getSeriesMap();
        double[] mlm = Plot.yRange(null, series.get("MLM: median").getYData(), series.get("MLM: mean").getYData());
        double[] affiliate = Plot.yRange(null, series.get(Plot.onRightAxis("Affiliate marketing: median")).getYData(),
                series.get(Plot.onRightAxis("Affiliate marketing: mean")).getYData());
        assertTrue(mlm[1] < 0 && affiliate[0] >= 0, "MLM below $0, affiliate above: " + Arrays.toString(mlm)
                + " " + Arrays.toString(affiliate));
        double left = c.getStyler().getYAxisMax(0) - c.getStyler().getYAxisMin(0);
        double right = c.getStyler().getYAxisMax(1) - c.getStyler().getYAxisMin(1);
        assertTrue(mlm[1] - mlm[0] > 0.25 * left, "the MLM's lines fill their axis");
        assertTrue(affiliate[1] - affiliate[0] > 0.25 * right, "the affiliate lines fill theirs");
        assertZeroAtOneHeight(c, 1);
    }

    /**
     * warm-market barely dents its market (checked: its members never reach a quarter of its 160,000
     * prospects): on one axis the prospects flattened them onto 0, so the prospects go on a right-hand
     * axis (the default preset's, which the members overtake, stay on the shared one). Its outlook's 50
     * join months were each labelled, running together: its labels are now round steps at least 5
     * months apart; its 100% losing-money line lay on the plot's top edge, with the band's top: both
     * axes have room above their lines.
     */
    @Test
    void warmMarketsGrowthAndOutlookAreReadable() throws Exception {
        Results r = run("warm-market", "replications=2");
        org.knowm.xchart.XYChart growth = new GrowthChart().build(r);
        var series = growth.getSeriesMap();
        double members = Arrays.stream(series.get("Members ever joined").getYData()).max().orElseThrow();
        double prospects = Arrays.stream(series.get("Prospects not yet joined (right axis)").getYData()).max().orElseThrow();
        assertTrue(members < prospects / 4, members + " members beside " + prospects + " prospects");
        assertEquals(1, series.get("Prospects not yet joined (right axis)").getYAxisGroup());
        assertEquals(0, series.get("Members ever joined").getYAxisGroup());
        assertEquals(0, series.get("Active members").getYAxisGroup());

        org.knowm.xchart.XYChart outlook = new OutlookChart().build(r);
        assertTrue(r.mlm().outlook().joinMonths() >= 49, "the outlook's join months: " + r.mlm().outlook().joinMonths());
        double last = Arrays.stream(outlook.getSeriesMap().get("MLM: median").getXData()).max().orElseThrow();
        List<Integer> labels = xTickLabels(outlook).stream().filter(l -> !l.isBlank()).map(Integer::valueOf)
                .filter(m -> m >= 0 && m <= last).toList();    // XChart lists some beyond the axis, unpainted
        assertTrue(labels.size() >= 5 && labels.size() <= 12, labels.toString());
        for (int i = 1; i < labels.size(); i++) {
            assertTrue(labels.get(i) - labels.get(i - 1) >= 5, labels.toString());
        }
        assertTrue(outlook.getStyler().getYAxisMax(1) > 100, "room above 100%");
        double bandTop = Arrays.stream(outlook.getSeriesMap().get("MLM: 10th–90th percentile").getYData()).max().orElseThrow();
        assertTrue(outlook.getStyler().getYAxisMax(0) > bandTop, "room above the band");

        Scenario d = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3)), 24, 2, 3);
        org.knowm.xchart.XYChart shared = new GrowthChart().build(Simulation.run(d, new RunOptions(2), ProgressListener.NONE));
        assertEquals(0, shared.getSeriesMap().get("Prospects not yet joined").getYAxisGroup(), "a market the members fill");
    }

    /**
     * In a small run a few affiliate sites' luck spikes the affiliate median (checked: to more than four
     * times the MLM's lines' whole range, $0 included), and on one money axis the MLM's median and band
     * were squashed into a strip at the bottom. The affiliate median goes on a right-hand axis of its own,
     * with $0 at the same height on both money axes; the left axis holds the MLM's lines and stops below
     * the affiliate's peak. (The default preset's outlook keeps one shared money axis now that the
     * founders' month 0 is not drawn: theChartsAboutJoinersStartAtMonthOne.)
     */
    @Test
    void aSpikingAffiliateMedianDoesNotSquashTheMlmsOutlook() {
        Results r = run("default", "market.population=20000", "replications=6");
        org.knowm.xchart.XYChart c = new OutlookChart().build(r);
        var series = c.getSeriesMap();
        // on the green axis, named so: "(right axis)" would not say which of the two right axes
        String affiliate = Plot.onGreenAxis("Affiliate marketing: median");
        double peak = Arrays.stream(series.get(affiliate).getYData()).max().orElseThrow();
        double mlmLow = 0;
        double mlmHigh = 0;
        for (String name : List.of("MLM: median", "MLM: 10th–90th percentile")) {
            assertEquals(0, series.get(name).getYAxisGroup(), name);
            mlmLow = Math.min(mlmLow, Arrays.stream(series.get(name).getYData()).min().orElseThrow());
            mlmHigh = Math.max(mlmHigh, Arrays.stream(series.get(name).getYData()).max().orElseThrow());
        }
        assertTrue(peak > mlmHigh + 4 * (mlmHigh - mlmLow), "a spike: " + peak + " beside " + mlmLow + " .. " + mlmHigh);
        assertEquals(OutlookChart.AFFILIATE_AXIS, series.get(affiliate).getYAxisGroup());
        // in the right money axis's colour, as are that axis's ticks: in the affiliate blue it read as $1,200 on the left
        assertEquals(Theme.RIGHT_AXIS, series.get(affiliate).getLineColor());
        assertEquals(Theme.RIGHT_AXIS, c.getStyler().getYAxisGroupTickLabelsColorMap(OutlookChart.AFFILIATE_AXIS));
        assertEquals(1, series.get(Plot.onRightAxis("Affiliate marketing: losing money")).getYAxisGroup());
        assertEquals("Affiliate marketing median ($)", c.getYAxisGroupTitle(OutlookChart.AFFILIATE_AXIS));
        double low = c.getStyler().getYAxisMin(0);
        double high = c.getStyler().getYAxisMax(0);
        assertTrue(low < mlmLow && high > mlmHigh && high < peak, low + " .. " + high);
        assertTrue(mlmHigh - mlmLow > 0.4 * (high - low), "the MLM's lines fill much of their axis");
        double rightLow = c.getStyler().getYAxisMin(OutlookChart.AFFILIATE_AXIS);
        double rightHigh = c.getStyler().getYAxisMax(OutlookChart.AFFILIATE_AXIS);
        assertTrue(rightHigh > peak && rightLow < 0, rightLow + " .. " + rightHigh);
        assertZeroAtOneHeight(c, OutlookChart.AFFILIATE_AXIS);
    }

    /**
     * Whether the outlook is drawn was decided from the MLM alone: 500 affiliates starting in month 1
     * beside an MLM nobody joined (no founders, no prospects) had a first year the run saw whole, which
     * the summary table and the report give, and no chart. It is decided from both worlds, and the
     * affiliate median, with no MLM line beside it, is read on the left axis (not a green one of its own).
     */
    @Test
    void theOutlookIsDrawnWhenEitherWorldHasAFirstYear() {
        Results r = run("default", "recruitment.founders=0", "market.prospectShare=0", "market.population=20000",
                "affiliate.entrants=500", "months=13", "replications=2");
        assertTrue(r.mlm().outlook().latestWithJoiners() < 0, "nobody joined the MLM");
        assertTrue(r.affiliate().outlook().latestWithJoiners() >= 0, "the affiliates' first year");
        assertTrue(Charts.all(r).stream().anyMatch(c -> c.fileName().equals("outlook.png")));
        var series = new OutlookChart().build(r).getSeriesMap();
        assertEquals(0, series.get("Affiliate marketing: median").getYAxisGroup(), series.keySet().toString());
        assertTrue(series.keySet().stream().noneMatch(n -> n.startsWith("MLM")), series.keySet().toString());
    }

    /**
     * The cohorts' net income beside an MLM nobody joined (no founders, no prospects) put the affiliate
     * world on a right-hand axis of its own, beside an empty left axis: its medians "squashed" an MLM
     * that has no line. As in the outlook (previous test), the affiliate world's median and its interval
     * are read on the left axis, in its own colour; the left axis holds them.
     */
    @Test
    void cohortsBesideAnMlmNobodyJoinedReadTheAffiliateWorldOnTheLeftAxis() {
        Results r = run("default", "recruitment.founders=0", "market.prospectShare=0", "market.population=20000",
                "affiliate.entrants=500", "months=13", "replications=2");
        assertTrue(Arrays.stream(r.mlm().cohorts().meanCount()).allMatch(n -> n == 0), "nobody joined the MLM");
        org.knowm.xchart.XYChart c = new CohortNetIncomeChart().build(r);
        var series = c.getSeriesMap();
        assertTrue(series.keySet().stream().noneMatch(n -> n.startsWith("MLM")), series.keySet().toString());
        var median = series.get("Affiliate marketing: median");
        assertTrue(median != null, series.keySet().toString());
        assertEquals(0, median.getYAxisGroup());
        assertEquals(Theme.AFFILIATE, median.getLineColor());
        assertEquals(0, series.get("Affiliate marketing: median (95% interval)").getYAxisGroup());
        double high = Arrays.stream(median.getYData()).max().orElseThrow();
        assertTrue(c.getStyler().getYAxisMax(0) > high && c.getStyler().getYAxisMin(0) < high,
                c.getStyler().getYAxisMin(0) + " .. " + c.getStyler().getYAxisMax(0) + " beside " + high);
    }

    /**
     * XChart 3.8.8 labels every y axis of an x–y chart with group 0's pattern: the per-group patterns
     * ({@code putYAxisGroupDecimalPatternMap}) are not read, so the charts do not set them and a right
     * axis's unit is in its title. Fails if an XChart upgrade starts reading them. Nor has it a formatter
     * per axis: its one tick-label function ({@code setyAxisTickLabelsFormattingFunction}) labels every y
     * axis, given the value alone, so a money axis beside a share axis (the outlook's) cannot read "$"
     * while the other reads "%".
     */
    @Test
    void xchartLabelsEveryYAxisWithGroupZerosPattern() throws Exception {
        org.knowm.xchart.XYChart c = Theme.xy("t", "x", "y");
        c.addSeries("left", new double[] {0, 1}, new double[] {1000, 3000});
        c.addSeries("right", new double[] {0, 1}, new double[] {100, 400}).setYAxisGroup(1);
        c.getStyler().setYAxisGroupPosition(1, org.knowm.xchart.style.Styler.YAxisPosition.Right);
        c.getStyler().setYAxisDecimalPattern("#,##0");
        c.getStyler().putYAxisGroupDecimalPatternMap(1, "$#,##0");
        java.lang.reflect.Method yAxis = org.knowm.xchart.internal.chartpart.AxisPair.class
                .getDeclaredMethod("getYAxis", int.class);
        yAxis.setAccessible(true);
        var right = (org.knowm.xchart.internal.chartpart.Axis<?, ?>) yAxis.invoke(paintedAxes(c), 1);
        List<String> labels = right.getAxisTickCalculator().getTickLabels();
        assertTrue(labels.contains("200") && labels.stream().noneMatch(l -> l.contains("$")), labels.toString());

        c.getStyler().setyAxisTickLabelsFormattingFunction(v -> "$" + Math.round(v));
        var axes = paintedAxes(c);
        for (int group : List.of(0, 1)) {
            var axis = (org.knowm.xchart.internal.chartpart.Axis<?, ?>) yAxis.invoke(axes, group);
            List<String> formatted = axis.getAxisTickCalculator().getTickLabels();
            assertTrue(!formatted.isEmpty() && formatted.stream().allMatch(l -> l.startsWith("$")),
                    "group " + group + ": " + formatted);
        }
    }

    /**
     * XChart paints category labels that do not fit over each other, or thins them, without a word (it
     * once put a rank's label under the wrong bar). Every bar chart of a run turns its labels until each
     * clears its neighbours: the ranks of a breakaway plan (nine ranks, the longest labels the charts write:
     * the rank's name, its share and its share losing money), the income bands and the slices. Four long
     * labels, which the ranks chart left flat (it turned them only beyond four), overlapped; they turn.
     */
    @Test
    void everyBarChartsLabelsClearEachOther() {
        Results r = run("breakaway-stair-step", "market.population=20000", "market.prospectShare=0.3", "months=12",
                "replications=3");
        for (ResultChart chart : List.of(new RanksChart(), new NetIncomeDistributionChart(), new WhoEarnsWhatChart())) {
            org.knowm.xchart.CategoryChart c = (org.knowm.xchart.CategoryChart) chart.build(r);
            assertTrue(Plot.labelsFit(c), chart.fileName() + " at " + c.getStyler().getXAxisLabelRotation() + "°");
        }
        IntervalBarChart four = Theme.category("t", "x", "y");
        List<String> labels = List.of("21% tier (group volume $10,000+): 12.3% · 100.0% lose",
                "18% tier (group volume $6,000+): 12.3% · 100.0% lose", "15% tier (group volume $4,000+): 0.6% · 25.0% lose",
                "12% tier (group volume $2,400+): 0.4% · 100.0% lose");
        org.downline.stats.Summary one = org.downline.stats.Summary.of(new double[] {1, 2});
        four.addIntervalSeries("a", labels, List.of(one, one, one, one));
        four.getStyler().setAxisTickLabelsFont(Theme.plain(11));
        four.getStyler().setXAxisLabelRotation(0);
        assertTrue(!Plot.labelsFit(four), "four long labels flat overlap");
        Plot.fitCategoryLabels(four);
        assertTrue(Plot.labelsFit(four) && four.getStyler().getXAxisLabelRotation() > 0);
    }

    /**
     * The income bands' labels lay flat two pixels apart and read as one run of words ("made $0–<100
     * made $100–<1k"): an em must separate them, so at the default preset's width they turn. The ranks'
     * labels carried each rank's shares ("0% tier (group volume $0+): 65.4% · 100.0% lose"), and turned
     * they took half the chart: a label is now the rank alone, its shares drawn above its bars, in room
     * the y axis keeps above the highest interval.
     */
    @Test
    void categoryLabelsAreSpacedAndShort() {
        Results r = run("breakaway-stair-step", "market.population=20000", "market.prospectShare=0.3", "months=12",
                "replications=3");
        org.knowm.xchart.CategoryChart bands = new NetIncomeDistributionChart().build(r);
        assertTrue(bands.getStyler().getXAxisLabelRotation() > 0, "the bands' labels turn");
        IntervalBarChart ranks = (IntervalBarChart) new RanksChart().build(r);
        double highest = 0;
        for (String name : ranks.getSeriesMap().keySet()) {
            for (Object label : ranks.getSeriesMap().get(name).getXData()) {
                assertTrue(!label.toString().contains("lose") && !label.toString().contains("%:"), label.toString());
            }
            double[][] iv = ranks.interval(name);
            highest = Math.max(highest, Arrays.stream(iv[1]).filter(Double::isFinite).max().orElse(0));
        }
        assertTrue(ranks.getStyler().getYAxisMax() > highest, "room above the intervals for the shares");
        assertTrue(ranks.getYAxisTitle().contains("share of them losing money")
                || ranks.getXAxisTitle().contains("share of them losing money"));
    }

    /**
     * pyramid-math (nobody quits; every newcomer of a month alike) listed lines no reader could see:
     * growth's members ever joined lay exactly under its active members, the outlook's 10th–90th
     * percentile band was thinner than its median's line, and the cohorts' MLM mean lay under its
     * median. The band is neither drawn nor listed, and each line drawn on another says so in the legend.
     */
    @Test
    void legendsListNoLineTheChartHides() {
        Results r = run("pyramid-math", "market.population=20000", "replications=3");
        var growth = new GrowthChart().build(r).getSeriesMap();
        assertTrue(growth.containsKey(Plot.onLineOf("Active members", "members ever joined")), growth.keySet().toString());
        var outlook = new OutlookChart().build(r).getSeriesMap();
        assertTrue(!outlook.containsKey("MLM: 10th–90th percentile"), outlook.keySet().toString());
        assertTrue(outlook.containsKey("MLM: median" + OutlookChart.NO_BAND), outlook.keySet().toString());
        var cohorts = new CohortNetIncomeChart().build(r).getSeriesMap();
        assertTrue(cohorts.containsKey(Plot.onLineOf("MLM: mean", "the median")), cohorts.keySet().toString());
    }

    /**
     * Month 0 of the charts by month of joining is the founders' cohort: at the default preset one person
     * a world, the MLM's founder and the founder's affiliate counterpart, no newcomer. That one person set
     * the charts' axes: the counterpart's first-year net (about $4,800 beside the affiliate joiners' −$200
     * to $1,700) put the outlook's affiliate median on a green axis of its own, beside the MLM's on the
     * left one; the founder's cohort interval reached far past the joiners' and was cut with an arrowhead.
     * The charts about joiners start at month 1, their x axis says where month 0 is, and the affiliate
     * median shares the MLM's axis. A run whose founders are the whole market still draws them.
     */
    @Test
    void theChartsAboutJoinersStartAtMonthOne() {
        Results r = run("default", "replications=8");
        for (org.downline.stats.WorldResults w : List.of(r.mlm(), r.affiliate())) {
            assertEquals(1.0, w.cohorts().meanCount()[0], w.world() + ": one founder");
        }
        org.knowm.xchart.XYChart outlook = new OutlookChart().build(r);
        org.knowm.xchart.XYChart cohorts = new CohortNetIncomeChart().build(r);
        org.knowm.xchart.XYChart losing = new CohortLosingMoneyChart().build(r);
        for (var c : List.of(outlook, cohorts, losing)) {
            double first = Double.POSITIVE_INFINITY;
            for (var s : c.getSeriesMap().values()) {
                for (double x : s.getXData()) {
                    first = Math.min(first, x);
                }
            }
            assertEquals(1.0, first, c.getTitle());
            String csv = c == outlook ? "outlook.csv" : "cohorts.csv";
            assertTrue(c.getXAxisTitle().endsWith(Plot.foundersIn(csv)), c.getXAxisTitle());
        }
        var series = outlook.getSeriesMap();
        assertTrue(series.containsKey("Affiliate marketing: median"), series.keySet().toString());
        assertEquals(0, series.get("Affiliate marketing: median").getYAxisGroup());
        assertEquals(Theme.AFFILIATE, series.get("Affiliate marketing: median").getLineColor());
        assertTrue(series.values().stream().noneMatch(s -> s.getYAxisGroup() == OutlookChart.AFFILIATE_AXIS),
                series.keySet().toString());
        assertTrue(!cohorts.getSeriesMap().containsKey(CohortNetIncomeChart.CUT), cohorts.getSeriesMap().keySet().toString());

        Results founders = run("default", "market.population=20000", "market.prospectShare=0.01",
                "recruitment.founders=200", "months=13", "replications=2");
        org.knowm.xchart.XYChart alone = new CohortNetIncomeChart().build(founders);
        assertArrayEquals(new double[] {0}, alone.getSeriesMap().get("MLM: median").getXData());
        assertTrue(alone.getXAxisTitle().contains("nobody joined after them"), alone.getXAxisTitle());
    }

    /**
     * A run in which nobody joined after the founders draws their month 0 alone: one point a line. A line
     * without markers draws nothing at one point, and a band one month wide at it has no width, so the
     * founders-only outlook listed the MLM's 10th–90th percentile and both worlds' "losing money (right
     * axis)" in its legend and showed none of them; the cohorts' "MLM: mean" was listed and not seen. Every
     * series the legend lists is seen (a marker at the one month, the band half a month wide), and the
     * outlook's x axis names month 0.
     */
    @Test
    void aJoinMonthDrawnAloneShowsWhatItsLegendLists() throws Exception {
        Results founders = run("default", "market.population=20000", "market.prospectShare=0.01",
                "recruitment.founders=200", "months=13", "replications=2");
        org.knowm.xchart.XYChart outlook = new OutlookChart().build(founders);
        org.knowm.xchart.XYChart cohorts = new CohortNetIncomeChart().build(founders);
        for (var c : List.of(outlook, cohorts)) {
            for (var s : c.getSeriesMap().values()) {
                if (!s.isShowInLegend() || s.getName().equals(CohortNetIncomeChart.CUT)) {
                    continue;
                }
                double[] x = s.getXData();
                boolean wide = Arrays.stream(x).max().orElseThrow() > Arrays.stream(x).min().orElseThrow();
                assertTrue(wide || s.getMarker() != SeriesMarkers.NONE && s.getMarker() != null,
                        c.getTitle() + ": " + s.getName() + " is listed and drawn nowhere");
            }
        }
        assertTrue(outlook.getSeriesMap().containsKey("MLM: 10th–90th percentile"), outlook.getSeriesMap().keySet().toString());
        assertTrue(outlook.getSeriesMap().containsKey("MLM: losing money (right axis)"), outlook.getSeriesMap().keySet().toString());
        assertTrue(xTickLabels(outlook).contains("0"), xTickLabels(outlook).toString());
    }

    /**
     * The captions name what the charts draw as their legends do: the cohorts' cut intervals are marked
     * with what the legend calls an arrowhead (the caption said "a triangle"), and the outlook's band is
     * the MLM's alone and left out where its median's line covers it (the caption said "the band", as if
     * every world had one, always drawn).
     */
    @Test
    void captionsNameWhatTheLegendsShow() {
        assertTrue(CohortNetIncomeChart.CUT.startsWith("arrowhead"), CohortNetIncomeChart.CUT);
        String cohorts = new CohortNetIncomeChart().caption();
        assertTrue(cohorts.contains("marked there with an arrowhead (cohorts.csv holds it whole)"), cohorts);
        String outlook = new OutlookChart().caption();
        assertTrue(outlook.contains("for the MLM the band from the 10th to the 90th percentile of joiners (not drawn "
                + "where it is no wider than the median's line, as its legend says)"), outlook);
    }

    /**
     * warm-market's growth chart started its active members at 0 in month 0 beside 100 members ever
     * joined, and its prospects at 3,100 under a title of 3,200: by definition (the founders are prospects
     * who join in month 0 and are in the business from month 1). The active line starts at month 1 and
     * the title names the founders among the prospects.
     */
    @Test
    void growthSaysWhereTheFoundersAre() {
        Results r = run("warm-market", "market.population=20000", "replications=2", "months=12");
        org.knowm.xchart.XYChart growth = new GrowthChart().build(r);
        assertEquals(0.0, r.mlm().series(org.downline.model.MlmSeries.ACTIVE).mean()[0], "none active in month 0");
        double first = Arrays.stream(growth.getSeriesMap().get("Active members").getXData()).min().orElseThrow();
        assertEquals(1.0, first);
        assertTrue(growth.getTitle().contains("(100 founders among them)"), growth.getTitle());
    }

    /**
     * The charts by month of joining start their x axis at the first month drawn: XChart's margin at
     * each end of an axis held a tick, and the outlook, drawn from month 1, showed a "0" where nothing
     * is; and they label round months: a 60-month run's cohorts were labelled 1, 3, ..., 59.
     */
    @Test
    void joinMonthAxesStartAtTheFirstMonthDrawnAndLabelRoundMonths() throws Exception {
        Results r = run("default", "months=60", "replications=2");
        for (var c : List.of(new OutlookChart().build(r), new CohortNetIncomeChart().build(r),
                new CohortLosingMoneyChart().build(r))) {
            double first = Double.POSITIVE_INFINITY;
            for (var s : c.getSeriesMap().values()) {
                for (double x : s.getXData()) {
                    first = Math.min(first, x);
                }
            }
            assertEquals(1.0, first, c.getTitle());
            List<Integer> painted = labelsOnThePlot(paintedAxes(c).getXAxis()).stream().map(Integer::valueOf).toList();
            assertTrue(painted.size() >= 5 && painted.stream().allMatch(m -> m >= 1 && m % 5 == 0),
                    c.getTitle() + ": " + painted);
            // and month 1, which XChart's step of 5 leaves out, is labelled before them
            List<JoinMonthChart.Label> all = ((JoinMonthChart) c).xAxisLabels();
            assertEquals("1", all.get(0).text(), c.getTitle() + ": " + all);
            assertEquals(painted.size() + 1, all.size(), c.getTitle() + ": " + all);
        }
    }

    /**
     * XChart labels an axis at the multiples of its step, so the charts by month of joining, drawn from
     * month 1, were labelled from 2 (a step of 2: the default preset's 36 months) or 5 (60 months), and
     * seemed to start at 0 or 2; a run of two months was labelled 0.6, 0.7, ... 2.4. At month counts the
     * CLI takes (join months 1 to n: n = 1..40, then every 7th and round ones to 600; with and without a
     * right axis narrowing the plot),
     * month 1 is labelled, every label is a whole month, no two labels come closer than 2 pixels, and the
     * label XChart did not paint keeps an em from the others.
     */
    @Test
    void theFirstJoinMonthIsLabelledAtEveryMonthCount() {
        java.util.SortedSet<Integer> counts = new java.util.TreeSet<>();
        for (int n = 1; n <= 600; n += n < 40 ? 1 : 7) {
            counts.add(n);                                  // every count where the step changes most often, then a sample
        }
        counts.addAll(List.of(48, 49, 59, 60, 99, 100, 199, 200, 499, 500, 599, 600));
        for (boolean right : List.of(false, true)) {
            for (int n : counts) {
                JoinMonthChart c = JoinMonthChart.of("t", "Month joined — " + Plot.foundersIn("cohorts.csv"), "y");
                double[] x = new double[n];
                double[] y = new double[n];
                for (int i = 0; i < n; i++) {
                    x[i] = i + 1;
                    y[i] = -1000 + i;
                }
                c.addSeries("MLM: median", x, y);
                if (right) {
                    c.addSeries("Affiliate marketing: mean (right axis)", x, y.clone()).setYAxisGroup(1);
                    Plot.rightMoneyAxis(c, 1, new double[] {-12_000_000, 12_000_000}, "Affiliate marketing: mean net income");
                }
                c.getStyler().setYAxisDecimalPattern(org.downline.stats.Unit.DOLLARS.tickPattern());
                c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
                Plot.joinMonthTicks(c);
                org.knowm.xchart.BitmapEncoder.getBufferedImage(c);
                List<JoinMonthChart.Label> labels = c.xAxisLabels();
                String at = n + " months" + (right ? " with a right axis" : "") + ": " + labels;
                assertTrue(!labels.isEmpty() && labels.get(0).text().equals("1"), at);
                double em = c.getStyler().getAxisTickLabelsFont().getSize2D();
                for (int i = 0; i < labels.size(); i++) {
                    assertTrue(labels.get(i).text().matches("[1-9][0-9]*"), at);
                    if (i > 0) {
                        double gap = labels.get(i).bounds().getMinX() - labels.get(i - 1).bounds().getMaxX();
                        assertTrue(gap >= 2, at);
                    }
                }
                if (labels.size() > 1) {
                    double gap = labels.get(1).bounds().getMinX() - labels.get(0).bounds().getMaxX();
                    assertTrue(gap >= Plot.LABEL_GAP * em || xchartLabelled(c, "1"), at);
                }
            }
        }
    }

    /**
     * A chart by month of joining of one month (a run of one month; a single join month) was labelled by
     * XChart only where the plot was more than 825 pixels wide, three quarters of the chart's width, the
     * tick spacing it was given: XChart 3.8.8 labels nothing where the spacing is wider than the plot, and
     * leaves the axis no room for labels, so the first month's added label stood on the axis line. A plot
     * beside right-hand axes is narrower (the outlook's beside both, about 837 pixels). XChart labels the
     * month itself whatever the plot's width, here 1,004 down to 618 pixels, beside none to three
     * right-hand axes, and as PngWriter paints it (its title fitted after the chart was built), with the
     * label below the plot by the tick padding at least.
     */
    @Test
    void aOneMonthAxisIsLabelledWhateverThePlotsWidth() throws Exception {
        double narrowest = Double.POSITIVE_INFINITY;
        for (int axes = 0; axes <= 3; axes++) {
            JoinMonthChart c = JoinMonthChart.of("t", "Month joined — " + Plot.foundersIn("cohorts.csv"), "y");
            c.addSeries("MLM: median", new double[] {1}, new double[] {-100});
            for (int g = 1; g <= axes; g++) {
                c.addSeries("right " + g, new double[] {1}, new double[] {5}).setYAxisGroup(g);
                Plot.rightMoneyAxis(c, g, new double[] {-12_000_000, 12_000_000}, "Affiliate marketing: axis " + g);
            }
            c.getStyler().setYAxisDecimalPattern(org.downline.stats.Unit.DOLLARS.tickPattern());
            c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
            c.getStyler().setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
            Plot.joinMonthTicks(c);
            var axis = paintedAxes(c).getXAxis();
            narrowest = Math.min(narrowest, axis.getBounds().getWidth());
            List<String> painted = labelsOnThePlot(axis);
            String where = axes + " right axes, plot " + axis.getBounds().getWidth() + " wide";
            assertEquals(List.of("1"), painted, where);
            List<JoinMonthChart.Label> all = c.xAxisLabels();
            assertEquals(List.of("1"), all.stream().map(JoinMonthChart.Label::text).toList(), where);
            assertTrue(all.get(0).bounds().getMinY() >= axis.getBounds().getMinY() + c.getStyler().getAxisTickPadding(),
                    where + ": the label below the plot, " + all.get(0) + " beside the axis at " + axis.getBounds());
        }
        assertTrue(narrowest < 700, "narrow plots were tried: " + narrowest);
    }

    /**
     * growth.png of a one-month run: its x axis, months 0 and 1, was spaced as three quarters of the
     * chart's width (825 pixels), labelled at today's plot width (about 863 pixels) and not at all in a
     * narrower plot. As the charts by month of joining ({@link MonthChart}), it is labelled 0 and 1
     * whatever the plot's width: narrowed here by up to three more right-hand axes.
     */
    @Test
    void growthsOneMonthAxisIsLabelledWhateverThePlotsWidth() throws Exception {
        Results r = run("default", "market.population=20000", "replications=2", "months=1");
        double narrowest = Double.POSITIVE_INFINITY;
        for (int axes = 0; axes <= 3; axes++) {
            org.knowm.xchart.XYChart c = new GrowthChart().build(r);
            for (int g = 2; g < 2 + axes; g++) {
                c.addSeries("right " + g, new double[] {0, 1}, new double[] {5, 5}).setYAxisGroup(g);
                Plot.rightMoneyAxis(c, g, new double[] {-12_000_000, 12_000_000}, "Affiliate marketing: axis " + g);
            }
            var axis = paintedAxes(c).getXAxis();
            narrowest = Math.min(narrowest, axis.getBounds().getWidth());
            List<String> painted = labelsOnThePlot(axis);
            assertEquals(List.of("0", "1"), painted, axes + " right axes, plot " + axis.getBounds().getWidth() + " wide");
        }
        assertTrue(narrowest < 700, "narrow plots were tried: " + narrowest);
    }

    /**
     * The first month's label, painted after XChart's, stands where XChart paints a tick label: each
     * label {@link JoinMonthChart#xAxisLabels} lists (XChart's measured as the added one is placed) has
     * its ink in the PNG where it says, to a pixel. Placed from the x axis title's top without the title's
     * padding, it stood 10 pixels below the others. Checked on a chart whose step is 1 (XChart labels
     * month 1 itself) and one whose step is 2 (the default preset's: the label is added).
     */
    @Test
    void theFirstMonthsLabelStandsWhereXchartPaintsItsOwn() throws Exception {
        Results r = run("default", "market.population=20000", "replications=2");
        for (String months : List.of("months=13", "months=36")) {
            Results run = months.equals("months=36") ? r : run("default", "market.population=20000", "replications=2", months);
            JoinMonthChart c = (JoinMonthChart) new CohortLosingMoneyChart().build(run);
            BufferedImage png = org.knowm.xchart.BitmapEncoder.getBufferedImage(c);
            List<JoinMonthChart.Label> labels = c.xAxisLabels();
            assertEquals("1", labels.get(0).text(), labels.toString());
            assertEquals(months.equals("months=13"), xchartLabelled(c, "1"), months);
            for (JoinMonthChart.Label l : labels) {
                java.awt.Rectangle ink = ink(png, l.bounds(), 4, 2);
                java.awt.geom.Rectangle2D b = l.bounds();
                assertTrue(ink != null && Math.abs(ink.getCenterX() - b.getCenterX()) <= 1
                        && Math.abs(ink.getMinY() - b.getMinY()) <= 1.5 && Math.abs(ink.getMaxY() - b.getMaxY()) <= 1.5,
                        months + ": " + l + " drawn at " + ink);
            }
        }
    }

    /** Whether XChart's own x-axis tick labels of the painted chart {@code c} include {@code label}. */
    private static boolean xchartLabelled(org.knowm.xchart.XYChart c, String label) {
        try {
            return xTickLabels(c).contains(label);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /**
     * The bounds of the dark pixels (text, not the grid's light grey) of {@code png} within {@code around}
     * widened by {@code across} pixels left and right and {@code up} up and down (less than the tick
     * padding, which parts a label from its tick mark), or null.
     */
    private static java.awt.Rectangle ink(BufferedImage png, java.awt.geom.Rectangle2D around, int across, int up) {
        java.awt.Rectangle out = null;
        for (int y = (int) around.getMinY() - up; y <= (int) around.getMaxY() + up; y++) {
            for (int x = (int) around.getMinX() - across; x <= (int) around.getMaxX() + across; x++) {
                int rgb = png.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xFF) * 299 + (rgb >> 8 & 0xFF) * 587 + (rgb & 0xFF) * 114) / 1000;
                if (luminance < 200) {
                    java.awt.Rectangle p = new java.awt.Rectangle(x, y, 1, 1);
                    out = out == null ? p : out.union(p);
                }
            }
        }
        return out;
    }

    /** A preset with these settings, run on two threads. */
    private static Results run(String preset, String... settings) {
        return Simulation.run(Presets.load(preset, List.of(settings)), new RunOptions(2), ProgressListener.NONE);
    }

    /** $0 at the same height on the left axis (group 0) and on axis group {@code right}. */
    private static void assertZeroAtOneHeight(org.knowm.xchart.XYChart c, int right) {
        var st = c.getStyler();
        assertEquals(-st.getYAxisMin(0) / (st.getYAxisMax(0) - st.getYAxisMin(0)),
                -st.getYAxisMin(right) / (st.getYAxisMax(right) - st.getYAxisMin(right)), 1e-9, "$0 at one height");
    }

    /** The x axis's tick labels as XChart painted them. */
    private static List<String> xTickLabels(org.knowm.xchart.XYChart c) throws Exception {
        return paintedAxes(c).getXAxis().getAxisTickCalculator().getTickLabels();
    }

    /** The chart's axes (XChart's private axisPair) after painting it, when their tick labels are set. */
    private static org.knowm.xchart.internal.chartpart.AxisPair<?, ?> paintedAxes(org.knowm.xchart.XYChart c)
            throws Exception {
        org.knowm.xchart.BitmapEncoder.getBufferedImage(c);
        java.lang.reflect.Field pair = org.knowm.xchart.internal.chartpart.Chart.class.getDeclaredField("axisPair");
        pair.setAccessible(true);
        return (org.knowm.xchart.internal.chartpart.AxisPair<?, ?>) pair.get(c);
    }

    private static List<Charts.Named> checkCharts(Scenario s, int count, Path tmp) throws IOException {
        Results r = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        List<Charts.Named> charts = Charts.all(r);
        assertEquals(count, charts.size());
        for (Charts.Named c : charts) {
            assertTrue(c.chart().getTitle() != null && !c.chart().getTitle().isBlank(), c.fileName());
            assertTrue(!c.chart().getXAxisTitle().isBlank() && !c.chart().getYAxisTitle().isBlank(), c.fileName());
        }
        List<Path> files = ResultsWriter.writeAll(r, tmp);
        for (Path f : files) {
            if (!f.toString().endsWith(".png")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            assertArrayEquals(PNG, Arrays.copyOf(bytes, 8), f.getFileName() + " is not a PNG");
            BufferedImage image = ImageIO.read(f.toFile());
            assertEquals(Charts.WIDTH, image.getWidth());
            assertEquals(Charts.HEIGHT + 30, image.getHeight());
            // something was drawn: many colours from anti-aliased text, lines and fills
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < image.getHeight(); y += 3) {
                for (int x = 0; x < image.getWidth(); x += 3) {
                    colours.add(image.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, f.getFileName() + " looks blank: " + colours.size() + " colours");
        }
        return charts;
    }

    /**
     * Intervals cut to their range are drawn as they are: XChart's symmetric error bars, mean ± half
     * the width, ran a share's interval cut at 0 below 0. Three replications of a small market give
     * cohorts' and bands' shares whose intervals were cut (checked, so the test can fail); the cohort
     * chart's interval segments and the bar charts' whiskers span exactly [lo, hi], and XChart's own
     * error bars (which size the axis only) are transparent.
     */
    @Test
    void intervalsCutToTheirRangeAreDrawnAsTheyAre() {
        Scenario s = Scenarios.run(Scenarios.with(Scenario.DEFAULT, Scenarios.market(20_000, 0.3)), 13, 3, 1);
        Results r = Simulation.run(s, new RunOptions(2), ProgressListener.NONE);
        int symmetricWouldCross = 0;
        org.knowm.xchart.XYChart cohorts = new CohortLosingMoneyChart().build(r);
        for (org.downline.stats.WorldResults w : List.of(r.mlm(), r.affiliate())) {
            List<Double> expected = new java.util.ArrayList<>();
            // the joiners', from month 1: the founders' month 0 is not drawn (theChartsAboutJoinersStartAtMonthOne)
            for (int t = CohortNetIncomeChart.firstJoinMonth(r); t < w.cohorts().shareLosingMoney().length; t++) {
                org.downline.stats.Summary c = w.cohorts().shareLosingMoney()[t];
                if (w.cohorts().meanCount()[t] > 0 && !Double.isNaN(c.lo())) {
                    expected.add(c.lo());
                    expected.add(c.hi());
                    double half = (c.hi() - c.lo()) / 2;
                    symmetricWouldCross += c.mean() - half < 0 || c.mean() + half > 1 ? 1 : 0;
                }
            }
            String label = org.downline.stats.World.of(w.world()).label();
            var series = cohorts.getSeriesMap().get(label + " (95% interval)");
            List<Double> drawn = Arrays.stream(series.getYData()).filter(y -> !Double.isNaN(y)).boxed().toList();
            assertEquals(expected, drawn, label);
            assertTrue(cohorts.getSeriesMap().get(label).getExtraValues() == null, "no symmetric error bars");
        }
        IntervalBarChart bands = (IntervalBarChart) new NetIncomeDistributionChart().build(r);
        assertEquals(0, bands.getStyler().getErrorBarsColor().getAlpha());
        int cut = 0;
        for (String name : bands.getSeriesMap().keySet()) {
            double[][] iv = bands.interval(name);
            org.downline.stats.Summary[] b = (name.startsWith("MLM") ? r.mlm() : r.affiliate()).bands();
            for (int k = 0; k < b.length; k++) {
                assertEquals(b[k].lo(), iv[0][k], name + " band " + k);
                assertEquals(b[k].hi(), iv[1][k], name + " band " + k);
                double half = (b[k].hi() - b[k].lo()) / 2;
                cut += b[k].mean() - half < 0 ? 1 : 0;
            }
        }
        assertTrue(symmetricWouldCross + cut >= 1, "a symmetric bar would have crossed 0 or 1");
        IntervalBarChart slices = (IntervalBarChart) new WhoEarnsWhatChart().build(r);
        assertEquals(2, slices.getSeriesMap().size());
        for (String name : slices.getSeriesMap().keySet()) {
            assertTrue(slices.interval(name) != null, name);
        }
        BufferedImage png = org.knowm.xchart.BitmapEncoder.getBufferedImage(slices);
        assertEquals(Theme.WIDTH, png.getWidth());
    }

    /** The tick labels XChart placed on {@code axis} within its plot's width, as painted (trimmed). */
    private static List<String> labelsOnThePlot(org.knowm.xchart.internal.chartpart.Axis<?, ?> axis) {
        List<String> labels = axis.getAxisTickCalculator().getTickLabels();
        List<Double> at = axis.getAxisTickCalculator().getTickLocations();
        List<String> painted = new java.util.ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (at.get(i) >= 0 && at.get(i) <= axis.getBounds().getWidth()) {
                painted.add(labels.get(i).trim());
            }
        }
        return painted;
    }
}
