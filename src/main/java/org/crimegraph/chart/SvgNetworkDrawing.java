package org.crimegraph.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws dots and lines at given positions as a self-contained SVG: dots coloured by group, key players
 * ringed, articulation points drawn as diamonds, line width by weight and dash by evidence kind, and labels
 * placed without collisions (each label tries right, left, above and below its dot, in the dots' order,
 * and is left out, its dot keeping a tooltip, where every place would overlap a placed label or dot).
 */
final class SvgNetworkDrawing {

    /** Tableau 10: distinguishable groups; groups beyond ten are grey. */
    private static final String[] GROUP_COLOURS = {"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
            "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"};
    private static final String OTHER_GROUP = "#d0d0d0";
    /** Group of a dot drawn faint: a person not present in this frame. */
    static final int ABSENT = -2;
    private static final String ABSENT_FILL = "#eceef1";
    private static final double CHAR_WIDTH = 6.3;
    private static final double LABEL_HEIGHT = 12;

    /**
     * A person (or a community) on the picture.
     *
     * @param id           key of its position
     * @param label        text beside it, or null for a tooltip only
     * @param tooltip      text shown on hover
     * @param radius       radius in pixels
     * @param group        community, for the colour (groups 0–9 coloured, others grey), or -1
     * @param keyPlayer    drawn with a thick dark ring
     * @param articulation drawn as a diamond
     */
    record Dot(String id, String label, String tooltip, double radius, int group, boolean keyPlayer,
               boolean articulation) {
    }

    /**
     * A link between two dots.
     *
     * @param weight  tie strength: the width grows with it
     * @param style   how the line is dashed
     * @param tooltip text shown on hover
     */
    record Line(String a, String b, double weight, LineStyle style, String tooltip) {
    }

    /** Line dashes by the kind of evidence behind a link. */
    enum LineStyle {
        CONTACT("", "calls, money, meetings"),
        SHARED("6,3", "shared phone, account, vehicle, address"),
        TRAVEL("8,3,2,3", "route, crossing"),
        ASSOCIATION("2,3", "reported association");

        final String dash;
        final String legend;

        LineStyle(String dash, String legend) {
            this.dash = dash;
            this.legend = legend;
        }
    }

    /**
     * What the legend says.
     *
     * @param ring       what a thick ring marks
     * @param colour     what colour and size mean
     * @param lineStyles true to list the line styles, false for the community map's line note
     */
    record Legend(String ring, String colour, boolean lineStyles) {

        static final Legend PERSONS = new Legend("key player", "colour: community (ten largest; others grey) · size: links",
                true);
        static final Legend COMMUNITIES = new Legend("key player", PERSONS.colour, false);
    }

    /** The drawing and how many labels had to be left out. */
    record Drawing(String svg, int labelsLeftOut) {
    }

    private SvgNetworkDrawing() {
    }

    /**
     * @param paintOrder the dots in the order they are painted (the last on top)
     * @param labelOrder the same dots in the order their labels are placed (the first gets the best place)
     */
    static Drawing render(String title, List<Dot> paintOrder, List<Dot> labelOrder, List<Line> lines,
                          Map<String, double[]> positions, int width, int height, Legend legend) {
        StringBuilder svg = new StringBuilder();
        int legendHeight = 44;
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" "
                + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\">%n", width, height + legendHeight,
                width, height + legendHeight));
        svg.append("<title>").append(SvgLineChart.escape(title)).append("</title>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        double maxWeight = lines.stream().mapToDouble(Line::weight).max().orElse(1);
        svg.append("<g class=\"links\" stroke=\"#5a6570\" stroke-opacity=\"0.55\" fill=\"none\">\n");
        for (Line line : lines) {
            double[] a = positions.get(line.a());
            double[] b = positions.get(line.b());
            double w = 0.6 + 3.4 * Math.sqrt(line.weight() / maxWeight);
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke-width=\"%.2f\"%s><title>%s</title></line>%n", a[0], a[1], b[0], b[1], w,
                    line.style().dash.isEmpty() ? "" : " stroke-dasharray=\"" + line.style().dash + "\"",
                    SvgLineChart.escape(line.tooltip())));
        }
        svg.append("</g>\n<g class=\"persons\">\n");
        List<double[]> occupied = new ArrayList<>();
        for (Dot dot : paintOrder) {
            double[] p = positions.get(dot.id());
            String fill = dot.group() == ABSENT ? ABSENT_FILL : dot.group() >= 0 && dot.group() < GROUP_COLOURS.length
                    ? GROUP_COLOURS[dot.group()] : OTHER_GROUP;
            String stroke = dot.keyPlayer() ? " stroke=\"#111\" stroke-width=\"3\""
                    : dot.group() == ABSENT ? " stroke=\"#c4c9cf\" stroke-width=\"1\"" : " stroke=\"#fff\" stroke-width=\"1\"";
            double r = dot.radius();
            String tip = "<title>" + SvgLineChart.escape(dot.tooltip()) + "</title>";
            if (dot.articulation()) {
                double d = r * 1.35;
                svg.append(String.format(Locale.ROOT, "<path d=\"M%.1f %.1fL%.1f %.1fL%.1f %.1fL%.1f %.1fZ\" "
                        + "fill=\"%s\"%s>%s</path>%n", p[0], p[1] - d, p[0] + d, p[1], p[0], p[1] + d, p[0] - d, p[1],
                        fill, stroke, tip));
            } else {
                svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\"%s>%s"
                        + "</circle>%n", p[0], p[1], r, fill, stroke, tip));
            }
            occupied.add(new double[]{p[0] - r, p[1] - r, p[0] + r, p[1] + r});
        }
        svg.append("</g>\n<g class=\"labels\" font-family=\"system-ui, sans-serif\" font-size=\"11\" fill=\"#1b1f24\">\n");
        int leftOut = 0;
        for (Dot dot : labelOrder) {
            if (dot.label() == null) {
                continue;
            }
            double[] box = place(dot, positions.get(dot.id()), occupied, width, height);
            if (box == null) {
                leftOut++;
                continue;
            }
            occupied.add(box);
            svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" paint-order=\"stroke\" stroke=\"#fff\" "
                    + "stroke-width=\"3\">%s</text>%n", box[0], box[3] - 2.5, SvgLineChart.escape(dot.label())));
        }
        svg.append("</g>\n");
        legend(svg, height, legend);
        svg.append("</svg>\n");
        return new Drawing(svg.toString(), leftOut);
    }

    /** The first free box for the dot's label (right, left, above, below), or null. */
    private static double[] place(Dot dot, double[] p, List<double[]> occupied, int width, int height) {
        double w = dot.label().length() * CHAR_WIDTH;
        double r = dot.radius() + 2;
        double[][] candidates = {
                {p[0] + r, p[1] - LABEL_HEIGHT / 2},
                {p[0] - r - w, p[1] - LABEL_HEIGHT / 2},
                {p[0] - w / 2, p[1] - r - LABEL_HEIGHT},
                {p[0] - w / 2, p[1] + r}};
        for (double[] c : candidates) {
            double[] box = {c[0], c[1], c[0] + w, c[1] + LABEL_HEIGHT};
            if (box[0] < 0 || box[1] < 0 || box[2] > width || box[3] > height) {
                continue;
            }
            boolean free = true;
            for (double[] o : occupied) {
                if (box[0] < o[2] && o[0] < box[2] && box[1] < o[3] && o[1] < box[3]) {
                    free = false;
                    break;
                }
            }
            if (free) {
                return box;
            }
        }
        return null;
    }

    private static void legend(StringBuilder svg, int top, Legend legend) {
        svg.append(String.format(Locale.ROOT, "<g class=\"legend\" font-family=\"system-ui, sans-serif\" "
                + "font-size=\"11\" fill=\"#1b1f24\" transform=\"translate(8,%d)\">%n", top + 8));
        double after = 16 + legend.ring().length() * CHAR_WIDTH + 20;
        svg.append(String.format(Locale.ROOT, "<circle cx=\"6\" cy=\"6\" r=\"5\" fill=\"#4e79a7\" stroke=\"#111\" "
                + "stroke-width=\"3\"/><text x=\"16\" y=\"10\">%s</text>%n", SvgLineChart.escape(legend.ring())));
        svg.append(String.format(Locale.ROOT, "<path d=\"M%.0f 0L%.0f 6L%.0f 12L%.0f 6Z\" fill=\"#4e79a7\"/><text x=\"%.0f\" "
                + "y=\"10\">articulation point</text>%n", after + 6, after + 12, after + 6, after, after + 18));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.0f\" y=\"10\">%s</text>%n", after + 125,
                SvgLineChart.escape(legend.colour())));
        if (legend.lineStyles()) {
            double x = 0;
            for (LineStyle style : LineStyle.values()) {
                svg.append(String.format(Locale.ROOT, "<line x1=\"%.0f\" y1=\"26\" x2=\"%.0f\" y2=\"26\" stroke=\"#5a6570\" "
                        + "stroke-width=\"2\"%s/><text x=\"%.0f\" y=\"30\">%s</text>%n", x, x + 26,
                        style.dash.isEmpty() ? "" : " stroke-dasharray=\"" + style.dash + "\"", x + 31, style.legend));
                x += 40 + style.legend.length() * CHAR_WIDTH;
            }
        } else {
            svg.append("<text x=\"0\" y=\"30\">line width: summed tie strength between the communities</text>\n");
        }
        svg.append("</g>\n");
    }
}
