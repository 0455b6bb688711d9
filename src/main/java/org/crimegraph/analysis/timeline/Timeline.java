package org.crimegraph.analysis.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.crimegraph.analysis.MeasureRank;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.VertexScore;
import org.crimegraph.graph.PathLength;

/**
 * How the person network changes from window to window, after Morselli and Petit (2007), "Law-enforcement
 * disruption of a drug importation network" (the CAVIAR phases): per window the network's size, density,
 * components, Freeman centralisation ({@link Centralisation}) and the modularity of its communities; per
 * person every measure and its rank in each window they appear in, and who enters and leaves; and the
 * communities matched across consecutive windows ({@link CommunityMatching}). Pure: scored windows in.
 *
 * @param pathLength  how betweenness, closeness and harmonic measured path length
 * @param windows     the measures of each window, in window order
 * @param persons     every person seen in any window, by id
 * @param transitions the community changes between each window and the next
 */
public record Timeline(PathLength pathLength, List<WindowMeasures> windows, List<PersonSeries> persons,
                       List<Transition> transitions) {

    /**
     * The network measures of one window.
     *
     * @param window   the window
     * @param size     how big and how connected its network is
     * @param shape    how centralised and how divided into communities it is
     * @param turnover who entered and who left since the previous window
     */
    public record WindowMeasures(TimeWindow window, Size size, Shape shape, Turnover turnover) {

        /** Persons, links, density ({@code 2m / n(n-1)}), connected components and the largest one's size. */
        public record Size(int persons, int links, double density, int components, int largestComponent) {

            static final Size EMPTY = new Size(0, 0, 0, 0, 0);
        }

        /**
         * Freeman centralisation (1 = star) and the window's Leiden communities.
         *
         * @param modularity the modularity of the window's Leiden partition (weighted, resolution 1), 0 when empty
         */
        public record Shape(double degreeCentralisation, double betweennessCentralisation, double modularity,
                            int communities) {

            static final Shape EMPTY = new Shape(0, 0, 0, 0);
        }

        /**
         * @param entering persons present in this window and not in the previous one (all of them in the first)
         * @param leaving  persons present in the previous window and not in this one
         */
        public record Turnover(List<String> entering, List<String> leaving) {

            public Turnover {
                entering = List.copyOf(entering);
                leaving = List.copyOf(leaving);
            }
        }

        public int persons() {
            return size.persons();
        }

        public int links() {
            return size.links();
        }

        public double density() {
            return size.density();
        }

        public int components() {
            return size.components();
        }

        public int largestComponent() {
            return size.largestComponent();
        }

        public double degreeCentralisation() {
            return shape.degreeCentralisation();
        }

        public double betweennessCentralisation() {
            return shape.betweennessCentralisation();
        }

        public double modularity() {
            return shape.modularity();
        }

        public int communities() {
            return shape.communities();
        }

        public List<String> entering() {
            return turnover.entering();
        }

        public List<String> leaving() {
            return turnover.leaving();
        }
    }

    /**
     * One person in one window.
     *
     * @param measures   every measure of {@link VertexScore#MEASURES} with its rank among the window's persons
     * @param community  the person's community in the window's partition
     * @param targetRank the person's place in the window's composite target ranking (1 = first)
     */
    public record PersonWindow(List<MeasureRank> measures, int community, int targetRank) {

        public PersonWindow {
            measures = List.copyOf(measures);
        }

        /** The measure with key {@code measure}. */
        public MeasureRank measure(String measure) {
            return measures.get(VertexScore.MEASURES.indexOf(measure));
        }
    }

    /**
     * One person across the windows.
     *
     * @param name    the person's name in the last window they appear in
     * @param windows per window (in window order) the person's place, or null where absent
     */
    public record PersonSeries(String personId, String name, List<PersonWindow> windows) {

        public PersonSeries {
            windows = Collections.unmodifiableList(new ArrayList<>(windows));
        }

        /** The rank on {@code measure} in window {@code w}, or null if absent there. */
        public Integer rank(int w, String measure) {
            PersonWindow p = windows.get(w);
            return p == null ? null : p.measure(measure).rank();
        }

        /** The best (smallest) rank on {@code measure} over the windows, or {@link Integer#MAX_VALUE}. */
        public int bestRank(String measure) {
            int best = Integer.MAX_VALUE;
            for (int w = 0; w < windows.size(); w++) {
                Integer r = rank(w, measure);
                best = r == null ? best : Math.min(best, r);
            }
            return best;
        }

        /** The mean rank on {@code measure} over the windows the person appears in ({@link Double#MAX_VALUE} if none). */
        public double meanRank(String measure) {
            double sum = 0;
            int n = 0;
            for (int w = 0; w < windows.size(); w++) {
                Integer r = rank(w, measure);
                if (r != null) {
                    sum += r;
                    n++;
                }
            }
            return n == 0 ? Double.MAX_VALUE : sum / n;
        }

        /** The number of windows the person appears in. */
        public int present() {
            return (int) windows.stream().filter(java.util.Objects::nonNull).count();
        }
    }

    /**
     * The community changes from window {@code from} to window {@code to} (indexes into {@link #windows}).
     */
    public record Transition(int from, int to, List<CommunityMatching.Change> changes) {

        public Transition {
            changes = List.copyOf(changes);
        }
    }

    public Timeline {
        windows = List.copyOf(windows);
        persons = List.copyOf(persons);
        transitions = List.copyOf(transitions);
    }

    /**
     * Builds the timeline of consecutive scored windows.
     *
     * @throws IllegalArgumentException if there are no windows or they were scored with different path lengths
     */
    public static Timeline of(List<ScoredWindow> scored) {
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one window");
        }
        PathLength pathLength = null;
        for (ScoredWindow w : scored) {
            if (!w.empty()) {
                if (pathLength != null && pathLength != w.scores().pathLength()) {
                    throw new IllegalArgumentException("the windows were scored with different path lengths");
                }
                pathLength = w.scores().pathLength();
            }
        }
        int count = scored.size();
        List<WindowMeasures> windows = new ArrayList<>(count);
        Map<String, PersonWindow[]> places = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        List<Map<String, Integer>> memberships = new ArrayList<>(count);
        TreeSet<String> previous = new TreeSet<>();
        for (int w = 0; w < count; w++) {
            ScoredWindow window = scored.get(w);
            TreeSet<String> present = new TreeSet<>();
            Map<String, Integer> membership = new LinkedHashMap<>();
            if (!window.empty()) {
                NetworkScores<String> scores = window.scores();
                List<List<MeasureRank>> ranks = new ArrayList<>();
                for (String measure : VertexScore.MEASURES) {
                    ranks.add(scores.ranks(measure));
                }
                Map<String, Integer> targetRank = new HashMap<>();
                int place = 1;
                for (Target t : window.targets()) {
                    targetRank.put(t.personId(), place++);
                }
                for (int i = 0; i < scores.size(); i++) {
                    String id = scores.scores().get(i).vertex();
                    List<MeasureRank> measures = new ArrayList<>(ranks.size());
                    for (List<MeasureRank> r : ranks) {
                        measures.add(r.get(i));
                    }
                    int community = window.communities().communityOf(scores.scores().get(i).index());
                    places.computeIfAbsent(id, k -> new PersonWindow[count])[w] =
                            new PersonWindow(measures, community, targetRank.getOrDefault(id, 0));
                    names.put(id, window.network().name(id));
                    present.add(id);
                    membership.put(id, community);
                }
            }
            memberships.add(membership);
            windows.add(measures(window, entering(present, previous), entering(previous, present)));
            previous = present;
        }
        List<PersonSeries> persons = new ArrayList<>(places.size());
        places.forEach((id, p) -> persons.add(new PersonSeries(id, names.get(id), java.util.Arrays.asList(p))));
        List<Transition> transitions = new ArrayList<>();
        for (int w = 1; w < count; w++) {
            transitions.add(new Transition(w - 1, w, CommunityMatching.match(memberships.get(w - 1), memberships.get(w))));
        }
        return new Timeline(pathLength == null ? PathLength.INVERSE_WEIGHT : pathLength, windows, persons, transitions);
    }

    /**
     * The persons ranked within the top {@code k} on {@code measure} in at least one window, by their best
     * rank, then by their mean rank over the windows they appear in, then by the number of those windows
     * (more first), then by id; at most {@code k} of them.
     */
    public List<PersonSeries> top(String measure, int k) {
        return persons.stream().filter(p -> p.bestRank(measure) <= k)
                .sorted(Comparator.comparingInt((PersonSeries p) -> p.bestRank(measure))
                        .thenComparingDouble(p -> p.meanRank(measure))
                        .thenComparing(Comparator.comparingInt(PersonSeries::present).reversed())
                        .thenComparing(PersonSeries::personId))
                .limit(k).toList();
    }

    private static List<String> entering(TreeSet<String> now, TreeSet<String> before) {
        List<String> entering = new ArrayList<>();
        for (String id : now) {
            if (!before.contains(id)) {
                entering.add(id);
            }
        }
        return entering;
    }

    private static WindowMeasures measures(ScoredWindow window, List<String> entering, List<String> leaving) {
        if (window.empty()) {
            return new WindowMeasures(window.window(), WindowMeasures.Size.EMPTY, WindowMeasures.Shape.EMPTY,
                    new WindowMeasures.Turnover(entering, leaving));
        }
        NetworkScores<String> scores = window.scores();
        int n = scores.size();
        int links = window.network().graph().edgeSet().size();
        double density = n < 2 ? 0 : 2.0 * links / ((double) n * (n - 1));
        List<Integer> sizes = scores.componentSizes();
        return new WindowMeasures(window.window(),
                new WindowMeasures.Size(n, links, density, sizes.size(), sizes.isEmpty() ? 0 : sizes.get(0)),
                new WindowMeasures.Shape(Centralisation.degree(scores), Centralisation.betweenness(scores),
                        window.communities().modularity(), window.communities().count()),
                new WindowMeasures.Turnover(entering, leaving));
    }
}
