package org.downline.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.downline.stats.Summary;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;

/** {@link Plot#layOut}: a chart laid out in one pixel is laid out as painting it whole lays it out. */
class LayOutTest {

    /**
     * The plot's place (where each category's bar goes) and the axes' after painting into one pixel are
     * those after painting into an image of the chart's size, at every label turn {@link
     * Plot#fitCategoryLabels} tries, with labels long enough to push the axis up when turned.
     */
    @Test
    void onePixelLaysOutAsTheWholeImage() {
        List<String> labels = List.of("21% tier (group volume $10,000+)", "18% tier (group volume $6,000+)",
                "15% tier", "12% tier (group volume $2,400+)", "made $0–<100");
        Summary s = Summary.of(new double[] {1, 2, 4});
        for (int rotation : new int[] {0, 60, 90}) {
            IntervalBarChart whole = Theme.category("A title", "x", "y");
            IntervalBarChart pixel = Theme.category("A title", "x", "y");
            for (IntervalBarChart c : List.of(whole, pixel)) {
                c.addIntervalSeries("a", labels, List.of(s, s, s, s, s));
                c.getStyler().setAxisTickLabelsFont(Theme.plain(11));
                c.getStyler().setXAxisLabelRotation(rotation);
            }
            BitmapEncoder.getBufferedImage(whole);
            Plot.layOut(pixel);
            for (int k = 0; k < labels.size(); k++) {
                assertEquals(whole.getScreenXFromChart(k), pixel.getScreenXFromChart(k), "category " + k + " at "
                        + rotation + "°");
            }
            assertEquals(whole.getScreenYFromChart(0), pixel.getScreenYFromChart(0), "the x axis at " + rotation + "°");
            assertEquals(whole.getScreenYFromChart(4), pixel.getScreenYFromChart(4), "the y axis at " + rotation + "°");
        }
    }
}
