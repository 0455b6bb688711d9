package org.crimegraph.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The person network window by window on one layout (docs/exports.md#network-picture), so that what
 * changes between frames is the network, not the drawing: the layout is computed once on the union of
 * every window's network (a link weighs its heaviest window), and each frame draws all those persons, the
 * ones without a link in that window faint. A community keeps its colour from one window to the next when
 * it holds most of an earlier community's members (largest communities first; a new community takes the
 * next free colour), so a split, a merger or a newcomer cell shows as a change of colour. Above
 * {@value NetworkPicture#FULL_UP_TO} persons only the {@value NetworkPicture#AROUND_CAP} best placed in the
 * windows' target rankings are drawn. O(ITERATIONS · (n² + m)) for the layout, then O(n + m) a frame.
 */
public final class NetworkFrames {

    /** Persons ringed in a frame: the window's best-ranked targets. */
    public static final int RINGED = 3;
    /** Persons labelled in a frame, best ranked first. */
    public static final int LABELLED = 10;

    /**
     * One window.
     *
     * @param label        the window, e.g. {@code 2024-03}
     * @param network      the persons linked in it and their links
     * @param communities  person id to the window's community number
     * @param ranking      the window's target ranking, best first
     * @param articulation the window's articulation points
     */
    public record Frame(String label, PersonNetwork network, Map<String, Integer> communities, List<String> ranking,
                        Set<String> articulation) {

        public Frame {
            communities = Map.copyOf(communities);
            ranking = List.copyOf(ranking);
            articulation = Set.copyOf(articulation);
        }
    }

    private NetworkFrames() {
    }

    /**
     * One picture a window, ids {@code frame-01}, {@code frame-02} …
     *
     * @param releaseRule the evidence rule the windows were projected under, stated in each caption
     * @param seed        layout seed
     */
    public static List<NetworkPicture.Picture> of(List<Frame> frames, String releaseRule, long seed) {
        List<String> drawn = drawn(frames);
        Set<String> kept = new HashSet<>(drawn);
        Graph<String, DefaultWeightedEdge> union = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        drawn.forEach(union::addVertex);
        for (Frame frame : frames) {
            for (PersonLink link : NetworkPicture.sortedLinks(frame.network())) {
                if (kept.contains(link.source()) && kept.contains(link.target())) {
                    DefaultWeightedEdge e = union.getEdge(link.source(), link.target());
                    if (e == null) {
                        union.setEdgeWeight(union.addEdge(link.source(), link.target()), link.weight());
                    } else if (link.weight() > union.getEdgeWeight(e)) {
                        union.setEdgeWeight(e, link.weight());
                    }
                }
            }
        }
        Map<String, double[]> positions = NetworkPicture.positions(union, seed);
        Map<String, String> names = new HashMap<>();
        frames.forEach(f -> f.network().graph().vertexSet().forEach(v -> names.putIfAbsent(v, f.network().name(v))));
        List<Map<String, Integer>> colours = colours(frames);
        List<NetworkPicture.Picture> pictures = new ArrayList<>();
        for (int w = 0; w < frames.size(); w++) {
            pictures.add(frame(w, frames, drawn, kept, names, colours.get(w), positions, releaseRule, seed));
        }
        return pictures;
    }

    private static NetworkPicture.Picture frame(int w, List<Frame> frames, List<String> drawn, Set<String> kept,
                                                Map<String, String> names, Map<String, Integer> colour,
                                                Map<String, double[]> positions, String releaseRule, long seed) {
        Frame frame = frames.get(w);
        Graph<String, DefaultWeightedEdge> g = frame.network().graph();
        Map<String, Integer> place = new HashMap<>();
        frame.ranking().forEach(id -> place.putIfAbsent(id, place.size()));
        List<SvgNetworkDrawing.Line> lines = new ArrayList<>();
        for (PersonLink link : NetworkPicture.sortedLinks(frame.network())) {
            if (kept.contains(link.source()) && kept.contains(link.target())) {
                lines.add(new SvgNetworkDrawing.Line(link.source(), link.target(), link.weight(),
                        NetworkPicture.style(link), String.format(Locale.ROOT, "%s – %s: weight %.2f; %s; reports %s",
                        link.source(), link.target(), link.weight(), String.join(", ", link.kinds()),
                        NetworkPicture.reports(link))));
            }
        }
        List<String> order = new ArrayList<>(drawn);
        order.sort(Comparator.comparing((String v) -> place.getOrDefault(v, Integer.MAX_VALUE)).thenComparing(v -> v));
        List<SvgNetworkDrawing.Dot> dots = new ArrayList<>();
        int present = 0;
        for (String v : order) {
            String name = v + " " + names.get(v);
            boolean here = g.containsVertex(v) && g.degreeOf(v) > 0;
            if (!here) {
                dots.add(new SvgNetworkDrawing.Dot(v, null, name + " · no link in " + frame.label(), 2.5,
                        SvgNetworkDrawing.ABSENT, false, false));
                continue;
            }
            present++;
            Integer rank = place.get(v);
            dots.add(new SvgNetworkDrawing.Dot(v, rank != null && rank < LABELLED ? name : null,
                    name + (rank != null ? " · target rank " + (rank + 1) : "") + " · community "
                            + frame.communities().get(v) + " · " + g.degreeOf(v) + " links in " + frame.label(),
                    Math.min(14, 3 + 1.6 * Math.sqrt(g.degreeOf(v))), colour.getOrDefault(v, -1),
                    rank != null && rank < RINGED, frame.articulation().contains(v)));
        }
        List<SvgNetworkDrawing.Dot> paintOrder = new ArrayList<>(dots);
        Collections.reverse(paintOrder);
        String caption = String.format(Locale.ROOT, "Window %s (%d of %d): %d persons with links, %d links; faint: "
                        + "persons linked in another window. Same layout in every window. Evidence: %s.", frame.label(),
                w + 1, frames.size(), present, lines.size(), releaseRule)
                + (drawn.size() < allPersons(frames) ? String.format(Locale.ROOT, " %d of the %d persons drawn (the "
                + "best placed in the windows' rankings).", drawn.size(), allPersons(frames)) : "");
        return NetworkPicture.drawAt(String.format(Locale.ROOT, "frame-%02d", w + 1), "The network in " + frame.label(),
                caption, positions, paintOrder, dots, lines, seed, new SvgNetworkDrawing.Legend(
                        "top " + RINGED + " targets in the window",
                        "colour: community, followed across windows · faint: no link in this window", true));
    }

    /** The persons drawn in every frame: all linked ones, or the best placed in the rankings when too many. */
    private static List<String> drawn(List<Frame> frames) {
        Map<String, Integer> best = new TreeMap<>();
        for (Frame f : frames) {
            Graph<String, DefaultWeightedEdge> g = f.network().graph();
            g.vertexSet().stream().filter(v -> g.degreeOf(v) > 0).forEach(v -> best.putIfAbsent(v, Integer.MAX_VALUE));
            for (int i = 0; i < f.ranking().size(); i++) {
                best.merge(f.ranking().get(i), i, Math::min);
            }
        }
        best.keySet().retainAll(linkedSomewhere(frames));
        if (best.size() <= NetworkPicture.FULL_UP_TO) {
            return new ArrayList<>(best.keySet());
        }
        return best.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey())).limit(NetworkPicture.AROUND_CAP)
                .map(Map.Entry::getKey).sorted().toList();
    }

    private static Set<String> linkedSomewhere(List<Frame> frames) {
        Set<String> linked = new HashSet<>();
        for (Frame f : frames) {
            Graph<String, DefaultWeightedEdge> g = f.network().graph();
            g.vertexSet().stream().filter(v -> g.degreeOf(v) > 0).forEach(linked::add);
        }
        return linked;
    }

    private static int allPersons(List<Frame> frames) {
        return linkedSomewhere(frames).size();
    }

    /**
     * Each window's colour per person: a community takes the colour of the earlier window's community that
     * holds most of its members (each colour once a window, largest communities first), else the lowest
     * colour not in use in this window.
     */
    static List<Map<String, Integer>> colours(List<Frame> frames) {
        List<Map<String, Integer>> result = new ArrayList<>();
        Map<String, Integer> previous = Map.of();
        for (Frame frame : frames) {
            Map<Integer, List<String>> members = new TreeMap<>();
            frame.communities().forEach((person, c) -> members.computeIfAbsent(c, k -> new ArrayList<>()).add(person));
            List<Map.Entry<Integer, List<String>>> bySize = new ArrayList<>(members.entrySet());
            bySize.sort(Comparator.comparing((Map.Entry<Integer, List<String>> e) -> -e.getValue().size())
                    .thenComparing(Map.Entry::getKey));
            Set<Integer> used = new TreeSet<>();
            Map<Integer, Integer> colourOf = new LinkedHashMap<>();
            for (Map.Entry<Integer, List<String>> community : bySize) {
                Map<Integer, Integer> overlap = new TreeMap<>();
                for (String person : community.getValue()) {
                    Integer earlier = previous.get(person);
                    if (earlier != null && !used.contains(earlier)) {
                        overlap.merge(earlier, 1, Integer::sum);
                    }
                }
                Integer inherited = overlap.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey)
                        .orElse(null);
                colourOf.put(community.getKey(), inherited);
                if (inherited != null) {
                    used.add(inherited);
                }
            }
            int next = 0;
            Map<String, Integer> colour = new HashMap<>();
            for (Map.Entry<Integer, List<String>> community : bySize) {
                Integer c = colourOf.get(community.getKey());
                if (c == null) {
                    while (used.contains(next)) {
                        next++;
                    }
                    c = next;
                    used.add(c);
                }
                for (String person : community.getValue()) {
                    colour.put(person, c);
                }
            }
            result.add(colour);
            previous = colour;
        }
        return result;
    }
}
