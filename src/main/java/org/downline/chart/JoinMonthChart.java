package org.downline.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisTickCalculator;
import org.knowm.xchart.style.XYStyler;

/**
 * A chart by month of joining (outlook, cohort-net-income, cohort-losing-money) whose x axis labels the
 * first join month drawn. XChart 3.8.8 labels an axis at the multiples of its tick step (every 1, 2, 5,
 * 10, ... months), so a chart from month 1 with a step of 2 or 5 was labelled from 2 or 5 and seemed to
 * start at 0 or 2. Once XChart has painted the chart, this paints that month's label and tick mark as
 * XChart paints its own (see {@link #paint}), unless XChart labelled it, and only where the label clears
 * its neighbours by an em ({@link Plot#LABEL_GAP}); {@link #xAxisLabels} lists every label painted.
 */
final class JoinMonthChart extends MonthChart {

    /** The join month labelled: {@link Plot#joinMonthTicks} sets the first drawn; NaN for none. */
    private double first = Double.NaN;

    /** The x axis's labels as last painted, in order along the axis. */
    private List<Label> painted = List.of();

    /** A tick label as painted: its text and the bounds of its ink. */
    record Label(String text, Rectangle2D bounds) {
    }

    private JoinMonthChart(XYChartBuilder builder) {
        super(builder);
    }

    /** An empty chart by month of joining in the theme ({@link Theme#xy}). */
    static JoinMonthChart of(String title, String xTitle, String yTitle) {
        return styled(new JoinMonthChart(Theme.xyBuilder(title, xTitle, yTitle)));
    }

    /** Labels month {@code month} on the x axis, whatever XChart's step. */
    void labelFirst(double month) {
        first = month;
    }

    /** The x axis's tick labels as last painted ({@link #paint}), in order along the axis; empty before. */
    List<Label> xAxisLabels() {
        return painted;
    }

    /**
     * Paints the chart ({@link MonthChart#paint}), then the first month's label and tick mark where XChart 3.8.8 puts a tick's
     * (AxisTickLabels, AxisTickMarks): the label's ink centred on the month, its foot on the x axis
     * title's top (a label as tall as the tallest, as digits are); the tick mark the tick-mark length
     * long, ending the tick padding above the tallest label's top. Nothing of it is painted where
     * XChart labelled the month itself or where the label would come within an em of another.
     */
    @Override
    public void paint(Graphics2D g, int width, int height) {
        super.paint(g, width, height);                  // its one-month axis labelled (MonthChart)
        Object antialiasing = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);  // as XChart's axes
        try {
            paintFirst(g);
        } finally {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialiasing);
        }
    }

    private void paintFirst(Graphics2D g) {
        XYStyler st = getStyler();
        Axis<?, ?> x = axisPair.getXAxis();
        Rectangle2D axis = x.getBounds();
        FontRenderContext frc = g.getFontRenderContext();
        AxisTickCalculator ticks = x.getAxisTickCalculator();
        List<Placed> labels = new ArrayList<>();
        for (int i = 0; i < ticks.getTickLabels().size(); i++) {
            double at = axis.getX() + ticks.getTickLocations().get(i);
            if (ticks.getTickLabels().get(i) != null && at > axis.getX() && at < axis.getX() + axis.getWidth()) {
                labels.add(new Placed(ticks.getTickLabels().get(i), at, outline(ticks.getTickLabels().get(i), frc)));
            }
        }
        Placed mine = null;
        String text = Long.toString(Math.round(first));
        double span = st.getXAxisMax() == null || st.getXAxisMin() == null ? 0 : st.getXAxisMax() - st.getXAxisMin();
        if (!Double.isNaN(first) && span > 0 && st.isXAxisTitleVisible() && getXAxisTitle() != null
                && !getXAxisTitle().isBlank()) {
            double at = axis.getX() + (first - st.getXAxisMin()) / span * axis.getWidth();
            boolean labelled = labels.stream().anyMatch(l -> Math.abs(l.at() - at) < 0.5);
            if (!labelled && at > axis.getX() && at < axis.getX() + axis.getWidth()) {
                mine = new Placed(text, at, outline(text, frc));
            }
        }
        List<Placed> all = new ArrayList<>(labels);
        if (mine != null) {
            all.add(mine);
        }
        // XChart's labels stand on the x axis title's top, less its padding, raised by half the
        // difference between the tallest label's whole-pixel height and their own
        double foot = axis.getY() + axis.getHeight() - st.getAxisTitlePadding()
                - new TextLayout(getXAxisTitle() == null || getXAxisTitle().isBlank() ? " " : getXAxisTitle(),
                        st.getAxisTitleFont(), frc).getBounds().getHeight();
        int tallest = all.stream().mapToInt(l -> l.shape().getBounds().height).max().orElse(0);
        double tallestHeight = all.stream().mapToDouble(l -> l.shape().getHeight()).max().orElse(0);
        List<Label> out = new ArrayList<>();
        Label added = null;
        for (Placed l : all) {
            Label label = new Label(l.text(), l.bounds(foot, tallest));
            out.add(label);
            if (l == mine) {
                added = label;
            }
        }
        if (added != null) {
            double gap = Plot.LABEL_GAP * st.getAxisTickLabelsFont().getSize2D();
            for (Label other : out) {
                if (other != added && other.bounds().getMaxX() + gap > added.bounds().getMinX()
                        && other.bounds().getMinX() < added.bounds().getMaxX() + gap) {
                    out.remove(added);                     // it would crowd a label XChart painted: not drawn
                    added = null;
                    break;
                }
            }
        }
        out.sort(java.util.Comparator.comparingDouble(l -> l.bounds().getCenterX()));
        painted = List.copyOf(out);
        if (added == null || !st.isXAxisTicksVisible()) {
            return;
        }
        AffineTransform transform = g.getTransform();
        java.awt.Color color = g.getColor();
        java.awt.Stroke stroke = g.getStroke();
        g.setColor(st.getXAxisTickLabelsColor());
        g.translate(mine.left(), mine.top(foot, tallest));
        g.fill(mine.ink());
        g.setTransform(transform);
        if (st.isAxisTicksMarksVisible()) {
            double y = foot - tallestHeight - st.getAxisTickPadding();
            g.setColor(st.getXAxisTickMarksColor());
            g.setStroke(st.getAxisTickMarksStroke());
            g.draw(new Line2D.Double(mine.at(), y, mine.at(), y - st.getAxisTickMarkLength()));
        }
        g.setColor(color);
        g.setStroke(stroke);
    }

    /** {@code text}'s outline in the tick labels' font, as XChart measures and fills a label's. */
    private Shape outline(String text, FontRenderContext frc) {
        return new TextLayout(text, getStyler().getAxisTickLabelsFont(), frc).getOutline(new AffineTransform());
    }

    /** A label centred on screen x {@code at}: its text and outline at the origin. */
    private record Placed(String text, double at, Shape ink) {

        Rectangle2D shape() {
            return ink.getBounds2D();
        }

        /** Where XChart moves the outline across: its width centred on the tick. */
        double left() {
            return at - shape().getWidth() / 2;
        }

        /** Where XChart moves the outline down: its foot on {@code foot}, raised to centre it among the tallest. */
        double top(double foot, int tallest) {
            Rectangle2D r = shape();
            return foot - (r.getY() + r.getHeight() + (tallest - r.getBounds().height) / 2);
        }

        Rectangle2D bounds(double foot, int tallest) {
            Rectangle2D r = shape();
            return new Rectangle2D.Double(left() + r.getX(), top(foot, tallest) + r.getY(), r.getWidth(), r.getHeight());
        }
    }
}
