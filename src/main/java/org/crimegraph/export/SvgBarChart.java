package org.crimegraph.export;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as inline SVG, for the HTML run report: one bar per value, label on the
 * left, value on the right. No scripts, no fonts to fetch: it renders offline in any browser.
 */
final class SvgBarChart {

    private static final int ROW = 22;
    private static final int LABEL_WIDTH = 180;
    private static final int BAR_WIDTH = 420;

    private SvgBarChart() {
    }

    /** The chart, or a short note if there is nothing to draw. */
    static String render(String title, List<String> labels, List<? extends Number> values) {
        if (values.isEmpty()) {
            return "<p class=\"note\">Nothing to chart.</p>";
        }
        double max = values.stream().mapToDouble(Number::doubleValue).max().orElse(1);
        max = max <= 0 ? 1 : max;
        int height = ROW * values.size() + 10;
        int width = LABEL_WIDTH + BAR_WIDTH + 80;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
                width, height, width, height, RunReportWriter.escape(title)));
        for (int i = 0; i < values.size(); i++) {
            double value = values.get(i).doubleValue();
            int y = 5 + i * ROW;
            int bar = (int) Math.max(1, Math.round(BAR_WIDTH * value / max));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\" class=\"label\">%s</text>"
                            + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" class=\"bar\"/>"
                            + "<text x=\"%d\" y=\"%d\" class=\"value\">%s</text>%n",
                    LABEL_WIDTH - 8, y + 15, RunReportWriter.escape(labels.get(i)), LABEL_WIDTH, y + 2, bar, ROW - 6,
                    LABEL_WIDTH + bar + 6, y + 15, format(value)));
        }
        svg.append("</svg>");
        return svg.toString();
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%d", (long) value)
                : String.format(Locale.ROOT, "%.4f", value);
    }
}
