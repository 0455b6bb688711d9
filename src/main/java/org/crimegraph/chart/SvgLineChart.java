package org.crimegraph.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes a line chart as a self-contained SVG document: plain text, no scripts, no external fonts or
 * style sheets, so it opens in any browser, can be embedded in an HTML report as is, and prints.
 * Axes with "nice" tick values and grid lines, axis titles, a title, and a legend; one line per
 * series, each with its own colour (the Okabe–Ito palette, distinguishable with colour-vision
 * deficiency, with its pale yellow swapped for dark ochre and a grey added) and, beyond nine series
 * or when asked for (a baseline), a dash pattern, with a marker at every point.
 *
 * <p>Why our own: the charts are small and fixed in form; a charting library would add megabytes to
 * the jar for what is a few hundred lines of SVG.
 */
public final class SvgLineChart {

    private static final String[] COLOURS = {
            "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#8C6D1F", "#7F7F7F"};
    private static final String[] DASHES = {"", "6,3", "2,3", "8,3,2,3"};

    private final String title;
    private final String xTitle;
    private final String yTitle;
    private final int width;
    private final int height;
    private Double yMin;
    private Double yMax;
    private List<String> xLabels;
    private boolean invertY;

    /**
     * @param title  chart title
     * @param xTitle x-axis title
     * @param yTitle y-axis title
     */
    public SvgLineChart(String title, String xTitle, String yTitle) {
        this(title, xTitle, yTitle, 980, 540);
    }

    public SvgLineChart(String title, String xTitle, String yTitle, int width, int height) {
        this.title = title;
        this.xTitle = xTitle;
        this.yTitle = yTitle;
        this.width = width;
        this.height = height;
    }

    /** Fixes the y range (otherwise taken from the data). */
    public SvgLineChart yRange(double min, double max) {
        if (!(max > min)) {
            throw new IllegalArgumentException("empty y range: " + min + ".." + max);
        }
        this.yMin = min;
        this.yMax = max;
        return this;
    }

    /**
     * Names the x positions 1..N (e.g. time windows): the x axis is ticked at whole positions, at most
     * eight of them labelled, with these labels instead of numbers.
     */
    public SvgLineChart xLabels(List<String> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("no x labels");
        }
        this.xLabels = List.copyOf(labels);
        return this;
    }

    /** Draws the y axis top-down (smallest value at the top), e.g. for ranks where 1 is best. */
    public SvgLineChart invertY() {
        this.invertY = true;
        return this;
    }

    /** The SVG document. */
    public String render(List<Series> series) {
        double[] xr = xLabels != null ? new double[] {1, Math.max(2, xLabels.size())} : range(series, true);
        double[] yr = yMin != null ? new double[] {yMin, yMax} : range(series, false);
        double[] xTicks = xLabels != null ? positions(xLabels.size()) : ticks(xr[0], xr[1], 10);
        double[] yTicks = ticks(yr[0], yr[1], 6);
        double x0 = Math.min(xr[0], xTicks[0]);
        double x1 = Math.max(xr[1], xTicks[xTicks.length - 1]);
        double y0 = yMin != null ? yMin : Math.min(yr[0], yTicks[0]);
        double y1 = yMin != null ? yMax : Math.max(yr[1], yTicks[yTicks.length - 1]);
        if (invertY && yTicks[0] < y0 && Math.ceil(y0) < yTicks[Math.min(1, yTicks.length - 1)]) {
            yTicks[0] = Math.ceil(y0); // the top of a top-down axis is labelled (rank 1, not 0)
        }
        int legendWidth = 300;
        int left = 70;
        int right = width - legendWidth - 20;
        int top = 50;
        int bottom = height - 60;
        Frame f = new Frame(x0, x1, y0, y1, left, right, top, bottom, invertY);

        StringBuilder svg = new StringBuilder(8192);
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append("<title>").append(escape(title)).append("</title>\n");
        svg.append(String.format(Locale.ROOT, "<rect x=\"0\" y=\"0\" width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"28\" font-size=\"16\" font-weight=\"bold\">%s</text>%n",
                left, escape(title)));
        // grid and ticks
        svg.append("<g stroke=\"#dddddd\" stroke-width=\"1\">\n");
        for (double t : yTicks) {
            if (t >= y0 && t <= y1) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>%n", left, f.y(t), right, f.y(t)));
            }
        }
        for (double t : xTicks) {
            if (t >= x0 && t <= x1) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/>%n", f.x(t), top, f.x(t), bottom));
            }
        }
        svg.append("</g>\n");
        svg.append(String.format(Locale.ROOT,
                "<g stroke=\"#333333\" stroke-width=\"1.2\"><line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>"
                        + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/></g>%n", left, bottom, right, bottom, left, top, left, bottom));
        svg.append("<g fill=\"#333333\">\n");
        for (double t : yTicks) {
            if (t >= y0 && t <= y1) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                        left - 6, f.y(t) + 4, label(t)));
            }
        }
        for (double t : xTicks) {
            if (t >= x0 && t <= x1) {
                svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                        f.x(t), bottom + 18, xLabels != null ? escape(xLabels.get((int) t - 1)) : label(t)));
            }
        }
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"13\">%s</text>%n",
                (left + right) / 2.0, bottom + 42, escape(xTitle)));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 18 %.1f)\">%s</text>%n",
                (top + bottom) / 2.0, (top + bottom) / 2.0, escape(yTitle)));
        svg.append("</g>\n");
        // lines
        for (int s = 0; s < series.size(); s++) {
            Series line = series.get(s);
            String colour = COLOURS[s % COLOURS.length];
            String dash = dash(line, s);
            svg.append("<g class=\"series\"><title>").append(escape(line.name())).append("</title>\n");
            for (List<double[]> run : runs(line)) {
                StringBuilder points = new StringBuilder();
                for (double[] p : run) {
                    points.append(String.format(Locale.ROOT, "%.1f,%.1f ", f.x(p[0]), f.y(p[1])));
                }
                svg.append(String.format(Locale.ROOT,
                        "<polyline fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s points=\"%s\"/>%n", colour,
                        dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"", points.toString().trim()));
                for (double[] p : run) {
                    svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>%n",
                            f.x(p[0]), f.y(p[1]), colour));
                }
            }
            svg.append("</g>\n");
        }
        // legend
        int lx = right + 20;
        int ly = top + 4;
        svg.append("<g class=\"legend\">\n");
        for (int s = 0; s < series.size(); s++) {
            String colour = COLOURS[s % COLOURS.length];
            String dash = dash(series.get(s), s);
            int y = ly + s * 20;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"2\"%s/>"
                            + "<circle cx=\"%d\" cy=\"%d\" r=\"2.5\" fill=\"%s\"/>"
                            + "<text x=\"%d\" y=\"%d\" fill=\"#333333\">%s</text>%n",
                    lx, y, lx + 28, y, colour, dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"",
                    lx + 14, y, colour, lx + 36, y + 4, escape(series.get(s).name())));
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static String dash(Series line, int index) {
        String pattern = DASHES[(index / COLOURS.length) % DASHES.length];
        return line.dashed() && pattern.isEmpty() ? "7,4" : pattern;
    }

    /** Maps data to pixels. */
    private record Frame(double x0, double x1, double y0, double y1, int left, int right, int top, int bottom,
                         boolean invert) {
        double x(double v) {
            return x1 == x0 ? (left + right) / 2.0 : left + (v - x0) / (x1 - x0) * (right - left);
        }

        double y(double v) {
            if (y1 == y0) {
                return (top + bottom) / 2.0;
            }
            double share = (v - y0) / (y1 - y0) * (bottom - top);
            return invert ? top + share : bottom - share;
        }
    }

    /** Whole positions 1..n, every k-th so that at most eight are labelled (always the first). */
    private static double[] positions(int n) {
        int every = Math.max(1, (int) Math.ceil(n / 8.0));
        double[] ticks = new double[(n - 1) / every + 1];
        for (int i = 0; i < ticks.length; i++) {
            ticks[i] = 1 + (double) i * every;
        }
        return ticks;
    }

    /** Consecutive finite points. */
    private static List<List<double[]>> runs(Series s) {
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (int i = 0; i < s.x().length; i++) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                current.add(new double[] {s.x()[i], s.y()[i]});
            } else if (!current.isEmpty()) {
                runs.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            runs.add(current);
        }
        return runs;
    }

    private static double[] range(List<Series> series, boolean x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Series s : series) {
            for (double v : x ? s.x() : s.y()) {
                if (Double.isFinite(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                }
            }
        }
        if (min > max) {
            return new double[] {0, 1};
        }
        if (min == max) {
            return new double[] {min - 1, max + 1};
        }
        return new double[] {min, max};
    }

    /** Tick values at 1, 2 or 5 × 10^k spacing covering [min, max] with about {@code count} ticks. */
    static double[] ticks(double min, double max, int count) {
        double span = max - min;
        double raw = span / Math.max(1, count);
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = magnitude;
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * magnitude >= raw) {
                step = m * magnitude;
                break;
            }
        }
        double first = Math.floor(min / step) * step;
        double last = Math.ceil(max / step) * step;
        int n = (int) Math.round((last - first) / step) + 1;
        double[] ticks = new double[n];
        for (int i = 0; i < n; i++) {
            ticks[i] = first + i * step;
            if (Math.abs(ticks[i]) < step * 1e-9) {
                ticks[i] = 0;
            }
        }
        return ticks;
    }

    private static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** XML text escaping ({@link org.crimegraph.text.SafeText#forMarkup}). */
    static String escape(String text) {
        return org.crimegraph.text.SafeText.forMarkup(text, "&apos;");
    }
}
