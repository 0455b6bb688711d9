package org.crimegraph.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.PersonResult;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * A picture of the person network (docs/exports.md#network-picture): up to {@value #FULL_UP_TO} linked
 * persons, the whole network; above that, the neighbourhood of the {@value #AROUND_TARGETS} top targets
 * (at most {@value #AROUND_CAP} persons, best ranked first) and a map of the communities. Seeded
 * Fruchterman–Reingold layout ({@link NetworkLayout}); communities coloured, key players ringed,
 * articulation points as diamonds, link width by weight and dash by evidence kind, the
 * {@value #LABELS} first persons (key players, then by rank) labelled where a label fits.
 *
 * <p>The picture draws what it is given: the caller passes the network as released, so a partner's
 * picture holds only what shareable reports assert.
 */
public final class NetworkPicture {

    /** Linked persons up to which the whole network is drawn. */
    public static final int FULL_UP_TO = 300;
    /** Top targets whose neighbourhood is drawn for a larger network. */
    public static final int AROUND_TARGETS = 10;
    /** Persons at most in the neighbourhood picture. */
    public static final int AROUND_CAP = 200;
    /** Communities at most on the community map. */
    public static final int MAP_CAP = 40;
    /** Persons labelled at most. */
    public static final int LABELS = 25;
    static final int WIDTH = 1000;
    static final int HEIGHT = 680;
    private static final int MARGIN = 30;

    /**
     * One picture.
     *
     * @param id      short name: {@code network}, {@code around-targets} or {@code community-map}
     * @param title   what it shows
     * @param caption how it was drawn and what was left out
     * @param svg     the SVG document
     */
    public record Picture(String id, String title, String caption, String svg) {

        /** The SVG document as a file: an XML declaration, and the caption as its {@code <desc>}. */
        public String document() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg.replaceFirst("</title>\n",
                    java.util.regex.Matcher.quoteReplacement("</title>\n<desc>" + SvgLineChart.escape(caption) + "</desc>\n"));
        }
    }

    private NetworkPicture() {
    }

    /**
     * The pictures of a network: one for a small network, the top targets' neighbourhood and the community
     * map for a larger one.
     *
     * @param results     the persons' results (rank, community, key player, articulation point); persons
     *                    without one are drawn unranked
     * @param releaseRule the evidence rule the network was projected under, stated in the caption
     * @param seed        layout seed
     */
    public static List<Picture> of(PersonNetwork network, List<PersonResult> results, String releaseRule, long seed) {
        Map<String, PersonResult> byId = new HashMap<>();
        results.forEach(r -> byId.put(r.personId(), r));
        Graph<String, DefaultWeightedEdge> g = network.graph();
        List<String> linked = g.vertexSet().stream().filter(v -> g.degreeOf(v) > 0).sorted().toList();
        int isolated = g.vertexSet().size() - linked.size();
        String rule = "Evidence: " + releaseRule + ".";
        if (linked.size() <= FULL_UP_TO) {
            String caption = String.format(Locale.ROOT, "All %d linked persons and their %d links. %s%s", linked.size(),
                    g.edgeSet().size(), rule, isolated == 1 ? " 1 person without links is not drawn." : isolated > 1 ? " " + isolated
                    + " persons without links are not drawn." : "");
            return List.of(persons("network", "The person network", caption, network, linked, byId, seed));
        }
        List<String> around = around(network, byId);
        String caption = String.format(Locale.ROOT, "The %d top targets and their contacts: %d of the %d linked persons "
                + "(at most %d, best ranked first). %s", AROUND_TARGETS, around.size(), linked.size(), AROUND_CAP, rule);
        return List.of(persons("around-targets", "Around the top targets", caption, network, around, byId, seed),
                communityMap(network, byId, rule, seed));
    }

    private static List<String> around(PersonNetwork network, Map<String, PersonResult> byId) {
        Comparator<String> byRank = Comparator.comparing((String id) -> rank(byId, id)).thenComparing(id -> id);
        List<String> targets = byId.values().stream().filter(r -> r.rank() != null)
                .sorted(Comparator.comparing(PersonResult::rank)).limit(AROUND_TARGETS).map(PersonResult::personId)
                .filter(network.graph()::containsVertex).toList();
        Set<String> contacts = new TreeSet<>(byRank);
        for (String t : targets) {
            for (PersonLink link : network.linksOf(t)) {
                contacts.add(link.other(t));
            }
        }
        Set<String> kept = new LinkedHashSet<>(targets);
        for (String c : contacts) {
            if (kept.size() >= AROUND_CAP) {
                break;
            }
            kept.add(c);
        }
        return kept.stream().sorted().toList();
    }

    private static int rank(Map<String, PersonResult> byId, String id) {
        PersonResult r = byId.get(id);
        return r == null || r.rank() == null ? Integer.MAX_VALUE : r.rank();
    }

    private static Picture persons(String id, String title, String caption, PersonNetwork network, List<String> drawn,
                                   Map<String, PersonResult> byId, long seed) {
        Graph<String, DefaultWeightedEdge> picture = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        drawn.forEach(picture::addVertex);
        List<SvgNetworkDrawing.Line> lines = new ArrayList<>();
        for (PersonLink link : sortedLinks(network)) {
            if (picture.containsVertex(link.source()) && picture.containsVertex(link.target())) {
                picture.setEdgeWeight(picture.addEdge(link.source(), link.target()), link.weight());
                lines.add(new SvgNetworkDrawing.Line(link.source(), link.target(), link.weight(), style(link),
                        String.format(Locale.ROOT, "%s – %s: weight %.2f; %s; reports %s", link.source(), link.target(),
                                link.weight(), String.join(", ", link.kinds()), reports(link))));
            }
        }
        List<String> order = new ArrayList<>(drawn);
        order.sort(Comparator.comparing((String v) -> byId.containsKey(v) && byId.get(v).keyPlayer() ? 0 : 1)
                .thenComparing(v -> rank(byId, v)).thenComparing(v -> v));
        List<SvgNetworkDrawing.Dot> dots = new ArrayList<>();
        for (String v : order) {
            PersonResult r = byId.get(v);
            String name = v + " " + network.name(v);
            String tooltip = name + (r != null && r.rank() != null ? " · rank " + r.rank() : "")
                    + (r != null && r.community() != null ? " · community " + r.community() : "")
                    + " · " + picture.degreeOf(v) + " links drawn";
            dots.add(new SvgNetworkDrawing.Dot(v, dots.size() < LABELS ? name : null, tooltip,
                    Math.min(14, 3 + 1.6 * Math.sqrt(picture.degreeOf(v))),
                    r == null || r.community() == null ? -1 : r.community(), r != null && r.keyPlayer(),
                    r != null && r.articulationPoint()));
        }
        // draw in index order so that later dots (lower priority) never hide the labelled ones
        List<SvgNetworkDrawing.Dot> paintOrder = new ArrayList<>(dots);
        java.util.Collections.reverse(paintOrder);
        return draw(id, title, caption, picture, paintOrder, dots, lines, seed, SvgNetworkDrawing.Legend.PERSONS);
    }

    private static Picture communityMap(PersonNetwork network, Map<String, PersonResult> byId, String rule, long seed) {
        Map<Integer, List<PersonResult>> members = new TreeMap<>();
        for (String v : network.graph().vertexSet()) {
            PersonResult r = byId.get(v);
            if (r != null && r.community() != null) {
                members.computeIfAbsent(r.community(), c -> new ArrayList<>()).add(r);
            }
        }
        List<Integer> shown = members.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .sorted(Comparator.comparing((Map.Entry<Integer, List<PersonResult>> e) -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(MAP_CAP).map(Map.Entry::getKey).toList();
        Graph<String, DefaultWeightedEdge> map = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        shown.forEach(c -> map.addVertex("C" + c));
        Map<String, Double> between = new TreeMap<>();
        for (PersonLink link : sortedLinks(network)) {
            PersonResult a = byId.get(link.source());
            PersonResult b = byId.get(link.target());
            if (a == null || b == null || a.community() == null || b.community() == null
                    || a.community().equals(b.community())) {
                continue;
            }
            String ka = "C" + Math.min(a.community(), b.community());
            String kb = "C" + Math.max(a.community(), b.community());
            if (map.containsVertex(ka) && map.containsVertex(kb)) {
                between.merge(ka + "|" + kb, link.weight(), Double::sum);
            }
        }
        List<SvgNetworkDrawing.Line> lines = new ArrayList<>();
        between.forEach((key, w) -> {
            String[] ends = key.split("\\|");
            map.setEdgeWeight(map.addEdge(ends[0], ends[1]), w);
            lines.add(new SvgNetworkDrawing.Line(ends[0], ends[1], w, SvgNetworkDrawing.LineStyle.CONTACT,
                    String.format(Locale.ROOT, "%s – %s: summed weight %.2f", ends[0], ends[1], w)));
        });
        List<SvgNetworkDrawing.Dot> dots = new ArrayList<>();
        for (int c : shown) {
            List<PersonResult> m = members.get(c);
            m.sort(Comparator.comparing((PersonResult r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
                    .thenComparing(PersonResult::personId));
            String top = m.get(0).personId() + " " + m.get(0).name();
            dots.add(new SvgNetworkDrawing.Dot("C" + c, "C" + c + " · " + m.size() + " · " + top,
                    "community " + c + ": " + m.size() + " persons; best ranked " + top, Math.min(30, 4 + 2 * Math.sqrt(m.size())),
                    c, m.stream().anyMatch(PersonResult::keyPlayer), false));
        }
        String caption = String.format(Locale.ROOT, "The %d largest communities of two or more persons (of %d): one dot "
                + "per community, sized by members and labelled with its best-ranked member; a ring marks a community "
                + "holding a key player. %s", shown.size(), members.size(), rule);
        List<SvgNetworkDrawing.Dot> paintOrder = new ArrayList<>(dots);
        java.util.Collections.reverse(paintOrder);
        return draw("community-map", "Community map", caption, map, paintOrder, dots, lines, seed,
                SvgNetworkDrawing.Legend.COMMUNITIES);
    }

    private static Picture draw(String id, String title, String caption, Graph<String, DefaultWeightedEdge> graph,
                                List<SvgNetworkDrawing.Dot> paintOrder, List<SvgNetworkDrawing.Dot> labelOrder,
                                List<SvgNetworkDrawing.Line> lines, long seed, SvgNetworkDrawing.Legend legend) {
        return drawAt(id, title, caption, positions(graph, seed), paintOrder, labelOrder, lines, seed, legend);
    }

    /** Where each vertex goes on the picture (the layout inside the margins). */
    static Map<String, double[]> positions(Graph<String, DefaultWeightedEdge> graph, long seed) {
        Map<String, double[]> positions = NetworkLayout.of(graph, seed, WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN);
        positions.values().forEach(p -> {
            p[0] += MARGIN;
            p[1] += MARGIN;
        });
        return positions;
    }

    /** Draws dots and lines at the given positions; the caption gets the layout and the labels left out. */
    static Picture drawAt(String id, String title, String caption, Map<String, double[]> positions,
                          List<SvgNetworkDrawing.Dot> paintOrder, List<SvgNetworkDrawing.Dot> labelOrder,
                          List<SvgNetworkDrawing.Line> lines, long seed, SvgNetworkDrawing.Legend legend) {
        SvgNetworkDrawing.Drawing drawing = SvgNetworkDrawing.render(title, paintOrder, labelOrder, lines, positions,
                WIDTH, HEIGHT, legend);
        String full = caption + String.format(Locale.ROOT, " Layout: Fruchterman–Reingold, seed %d.", seed)
                + (drawing.labelsLeftOut() > 0 ? " " + drawing.labelsLeftOut()
                + " labels left out where they would overlap (hover a dot for its name)." : "");
        return new Picture(id, title, full, drawing.svg());
    }

    static List<PersonLink> sortedLinks(PersonNetwork network) {
        return network.links().stream().sorted(Comparator.comparing(PersonLink::source)
                .thenComparing(PersonLink::target)).toList();
    }

    static SvgNetworkDrawing.LineStyle style(PersonLink link) {
        Set<String> kinds = link.kinds();
        if (kinds.contains("call") || kinds.contains("transaction") || kinds.contains("meeting")) {
            return SvgNetworkDrawing.LineStyle.CONTACT;
        }
        if (kinds.stream().anyMatch(k -> k.startsWith("shared_"))) {
            return SvgNetworkDrawing.LineStyle.SHARED;
        }
        if (kinds.contains("route") || kinds.contains("crossing")) {
            return SvgNetworkDrawing.LineStyle.TRAVEL;
        }
        return SvgNetworkDrawing.LineStyle.ASSOCIATION;
    }

    static String reports(PersonLink link) {
        List<String> ids = new ArrayList<>(link.reportIds());
        return ids.size() <= 5 ? String.join(", ", ids) : String.join(", ", ids.subList(0, 5)) + " and " + (ids.size() - 5) + " more";
    }
}
