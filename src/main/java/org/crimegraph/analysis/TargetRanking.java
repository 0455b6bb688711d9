package org.crimegraph.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;

/**
 * Ranks persons as targets "to break the network" and says why (docs/design.md §4: no single number,
 * every pick explained).
 *
 * <p>Composite score of person {@code v}:
 * <pre>
 *   score(v) = ( ( pct_betweenness(v) + pct_pagerank(v) + pct_strength(v) ) / 3  +  bonus(v) ) / 1.3
 *   bonus(v) = 0.1 + 0.2 × cutOff(v) / (componentSize(v) − 1)   if v is an articulation point, else 0
 * </pre>
 * where {@code pct_m} is the mid-rank percentile of measure {@code m} among all persons (ties share
 * the average, see {@link MeasureRank}), and {@code cutOff(v)} is the number of persons cut off from
 * the largest remaining piece of v's component when v is removed ({@link RemovalEffect#cutOff()}).
 * Percentiles rather than raw values make the three measures commensurable and insensitive to
 * outliers; betweenness finds brokers, PageRank the well-connected core, strength the busiest
 * persons. The bonus rewards structural cut points, which centrality alone can miss (a person
 * linking a small cell to the rest may have modest betweenness): a fixed 0.1 for being a cut point,
 * plus up to 0.2 more in proportion to the share of the other persons in the component that are cut
 * off from its largest remaining piece (a share below 1, close to 1 for the centre of a star). The
 * bonus is thus in [0.1, 0.3); the sum of mean percentile and bonus lies in [0, 1.3) and is divided
 * by 1.3 ({@link #SCALE}) so that the score lies in [0, 1) — before this division an articulation
 * point with high percentiles scored above 1 (1.116, 1.137 on the sample case's partner release).
 * The division does not change the order. Ties are broken by person id, so the ranking is
 * deterministic. {@link #DEFINITION} states the score in one line wherever it is shown.
 *
 * <p>Betweenness is the normalised value from {@link NetworkScores}, computed with the path length
 * stated there.
 */
public final class TargetRanking {

    /** Bonus for any articulation point. */
    public static final double ARTICULATION_BONUS = 0.1;
    /** Additional bonus per unit of cut-off share of the component. */
    public static final double CUT_OFF_BONUS = 0.2;
    /** The largest mean percentile plus bonus (exclusive), by which it is divided to keep scores in [0, 1). */
    public static final double SCALE = 1 + ARTICULATION_BONUS + CUT_OFF_BONUS;
    /** The composite score in one line, printed under every ranked table, in help and in the report. */
    public static final String DEFINITION = "score = (mean percentile of betweenness, PageRank and strength "
            + "+ articulation-point bonus 0.1-0.3 by the share it cuts off) / 1.3, so 0 <= score < 1; "
            + "higher = better target";
    /** Number of links cited as evidence per target. */
    public static final int EVIDENCE_LINKS = 3;

    private final PersonNetwork network;
    private final NetworkScores<String> scores;

    /**
     * @param network the person network, for names and link evidence
     * @param scores  scores of that network's graph
     */
    public TargetRanking(PersonNetwork network, NetworkScores<String> scores) {
        if (scores.size() != network.graph().vertexSet().size()) {
            throw new IllegalArgumentException("scores were not computed on this network: "
                    + scores.size() + " scored, " + network.graph().vertexSet().size() + " persons");
        }
        this.network = network;
        this.scores = scores;
    }

    /** All persons, best target first. */
    public List<Target> targets() {
        List<VertexScore<String>> all = scores.scores();
        int n = all.size();
        MeasureRank[] betweenness = rank("betweenness", all, VertexScore::normalisedBetweenness);
        MeasureRank[] pageRank = rank("pagerank", all, VertexScore::pageRank);
        MeasureRank[] strength = rank("strength", all, VertexScore::strength);
        double[] composite = new double[n];
        for (int i = 0; i < n; i++) {
            composite[i] = (betweenness[i].percentile() + pageRank[i].percentile() + strength[i].percentile()) / 3
                    + bonus(all.get(i));
            composite[i] /= SCALE;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        // scores are in person-id order, so the stable sort breaks ties by person id
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> composite[i]).reversed());
        List<Target> targets = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            int i = order[r];
            VertexScore<String> s = all.get(i);
            List<LinkEvidence> links = strongestLinks(s.vertex());
            List<String> reasons = reasons(s, betweenness[i], pageRank[i], strength[i], links, n);
            targets.add(new Target(r + 1, s.vertex(), network.name(s.vertex()), composite[i],
                    new Target.Measures(s.degree(), betweenness[i], pageRank[i], strength[i]),
                    new Target.Position(s.articulationPoint(), s.removal()), new Target.Grounds(links, reasons)));
        }
        return targets;
    }

    /** The best {@code k} targets. */
    public List<Target> top(int k) {
        List<Target> all = targets();
        return all.subList(0, Math.min(k, all.size()));
    }

    /** The articulation-point bonus of one person (see class comment). */
    static double bonus(VertexScore<?> score) {
        if (!score.articulationPoint()) {
            return 0.0;
        }
        RemovalEffect effect = score.removal();
        return ARTICULATION_BONUS + CUT_OFF_BONUS * effect.cutOff() / (effect.componentSize() - 1);
    }

    private static MeasureRank[] rank(String measure, List<VertexScore<String>> all,
                                      ToDoubleFunction<VertexScore<String>> value) {
        double[] values = new double[all.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value.applyAsDouble(all.get(i));
        }
        return MeasureRanking.rank(measure, values);
    }

    private List<LinkEvidence> strongestLinks(String personId) {
        List<LinkEvidence> result = new ArrayList<>();
        for (PersonLink link : network.linksOf(personId)) {
            if (result.size() == EVIDENCE_LINKS) {
                break;
            }
            String other = link.other(personId);
            result.add(new LinkEvidence(other, network.name(other), link.weight(), link.kinds(), link.reportIds(),
                    link.weakestGrade(), link.handling()));
        }
        return result;
    }

    private List<String> reasons(VertexScore<String> s, MeasureRank betweenness, MeasureRank pageRank,
                                 MeasureRank strength, List<LinkEvidence> links, int n) {
        List<String> reasons = new ArrayList<>();
        String paths = "path length: " + scores.pathLength().description();
        if (betweenness.value() > 0) {
            reasons.add(String.format(Locale.ROOT, "%s (%s): lies on %s of shortest paths between other persons (%s)",
                    standing("betweenness", betweenness), number(betweenness.value()),
                    percent(betweenness.value()), paths));
        } else {
            reasons.add("betweenness 0: lies on no shortest path between other persons (" + paths + ")");
        }
        if (s.articulationPoint()) {
            RemovalEffect e = s.removal();
            reasons.add(String.format(Locale.ROOT,
                    "articulation point: removal cuts off %d %s; it splits its component (%d persons) into %d pieces "
                            + "and the largest keeps %s of it",
                    e.cutOff(), e.cutOff() == 1 ? "person" : "persons", e.componentSize(), e.pieces(),
                    percent(e.largestShare())));
        }
        double relative = pageRank.value() * n;
        reasons.add(String.format(Locale.ROOT, "%s (%s, %s× the average): %s",
                standing("PageRank", pageRank), number(pageRank.value()), number(relative),
                relative >= 1 ? "a random walk along the links, favouring strong ones, reaches this person often"
                        : "a random walk along the links reaches this person less often than average"));
        reasons.add(String.format(Locale.ROOT, "%s (%s) over %d %s",
                standing("strength", strength), number(strength.value()), s.degree(), s.degree() == 1 ? "link" : "links"));
        if (!links.isEmpty()) {
            List<String> cited = new ArrayList<>();
            for (LinkEvidence link : links) {
                String who = link.name().equals(link.personId()) ? link.personId() : link.personId() + " " + link.name();
                String reports = link.reportIds().isEmpty() ? "" : "; reports " + String.join(", ", link.reportIds());
                cited.add(String.format(Locale.ROOT, "%s (weight %s; %s%s)", who, number(link.weight()),
                        String.join(", ", link.kinds()), reports));
            }
            reasons.add((links.size() == 1 ? "strongest link: " : "strongest links: ") + String.join("; ", cited));
        }
        return reasons;
    }

    /** "highest betweenness", "joint highest betweenness" or "betweenness rank 3 of 20". */
    private static String standing(String measure, MeasureRank rank) {
        if (rank.rank() == 1 && rank.value() > 0) {
            boolean joint = rank.percentile() < 1.0;
            return (joint ? "joint highest " : "highest ") + measure;
        }
        return measure + " rank " + rank.rank() + " of " + rank.of();
    }

    /** Three significant digits, without trailing zeros: 0.667, 2.5, 12.5, 3. */
    private static String number(double value) {
        if (value == 0 || Double.isNaN(value) || Double.isInfinite(value)) {
            return value == 0 ? "0" : String.valueOf(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3, RoundingMode.HALF_EVEN));
        if (Math.abs(value) >= 1000) {
            rounded = new BigDecimal(value).setScale(0, RoundingMode.HALF_EVEN);
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    private static String percent(double share) {
        double p = share * 100;
        if (p >= 10 || p == 0) {
            return String.format(Locale.ROOT, "%.0f%%", p);
        }
        return p >= 1 ? String.format(Locale.ROOT, "%.1f%%", p) : String.format(Locale.ROOT, "%.2f%%", p);
    }
}
