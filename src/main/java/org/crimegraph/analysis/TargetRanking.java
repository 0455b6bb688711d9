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
 *   bonus(v) = 0.3 × max( ln(1 + cutOff(v) − pendants(v)) / ln(componentSize(v)),  cutOff(v) / (componentSize(v) − 1) )
 *              if v is an articulation point, else 0
 * </pre>
 * where {@code pct_m} is the mid-rank percentile of measure {@code m} among all persons (ties share
 * the average, see {@link MeasureRank}), {@code cutOff(v)} is the number of persons cut off from the
 * largest remaining piece of v's component when v is removed ({@link RemovalEffect#cutOff()}), and
 * {@code pendants(v)} how many of those are v's own contacts with no other link
 * ({@link PersonNetwork#pendantContacts}). Percentiles rather than raw values make the three measures
 * commensurable and insensitive to outliers; betweenness finds brokers, PageRank the well-connected core,
 * strength the busiest persons. The bonus rewards structural cut points, which centrality alone can miss
 * (a person linking a small cell to the rest may have modest betweenness), by what the removal really
 * cuts off:
 * <ul>
 * <li>a group: the persons cut off who have a link besides v, on a log scale of the component, so that
 * orders of magnitude count: a 50-person cell cut off from 100,000 persons earns 0.3 ln 51 / ln 100,000
 * = 0.10, half of a component of 1,000 earns 0.27;</li>
 * <li>or the plain share of the component cut off, which is what is left when all the persons cut off
 * are v's own contacts with no other link: they form no group, and one of them in a component of
 * 100,000 earns 0.3 / 99,999 = 0.000003, less than one rank in one measure is worth (it moves the mean
 * percentile by 1/3 × 1/99,999 = 0.0000033); the centre of a star, whose removal leaves nothing connected, earns 0.3 × (n − 2)/(n − 1).</li>
 * </ul>
 * The bonus lies in [0, 0.3): a removal cuts off at most all but one of the others, so both terms are below
 * 1. The sum of mean percentile and bonus lies in [0, 1.3) and is divided by 1.3 ({@link #SCALE}) so that the
 * score lies in [0, 1); the division does not change the order.
 *
 * <p>Why not a fixed bonus for any cut point (the former 0.1 + 0.2 × cutOff / (componentSize − 1)): on a
 * 100,000-person network 22,702 persons are cut points, nearly all because of one contact with no other link,
 * and at the top the three percentiles differ only in the 4th decimal; the fixed 0.1 lifted every hub with
 * such a contact above a broker without one (betweenness rank 1, score 0.77 against 0.846 for the whole top
 * 15). Nor 0.3 ln(1 + cutOff) / ln(componentSize), which counts those contacts on the log scale: one of them
 * still earns 0.018 in 100,000, worth 1,800 places in all three measures at once: on a 20,000-person case
 * it filled the top 15 with hubs of 2 to 4 such contacts and left the two strongest brokers 106th and 107th
 * (648th and 649th with the old bonus, 1st and 2nd with this one; docs/algorithms.md has the comparison). Ties are broken by person id, so
 * the ranking is deterministic. {@link #DEFINITION} states the score in one line wherever it is shown.
 *
 * <p>Betweenness is the normalised value from {@link NetworkScores}, computed with the path length
 * stated there.
 */
public final class TargetRanking {

    /** The articulation-point bonus lies in [0, BONUS). */
    public static final double BONUS = 0.3;
    /** The largest mean percentile plus bonus (exclusive), by which it is divided to keep scores in [0, 1). */
    public static final double SCALE = 1 + BONUS;
    /** The composite score in one line, printed under every ranked table, in help and in the report. */
    public static final String DEFINITION = "score = (mean percentile of betweenness, PageRank and strength "
            + "+ bonus) / 1.3, so 0 <= score < 1; higher = better target; bonus, for an articulation point only, "
            + "= 0.3 x the larger of ln(1 + persons its removal cuts off who have another link) / ln(component size) "
            + "and the share of the component cut off";
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
                    + bonus(all.get(i).removal(), pendantsCutOff(all.get(i)));
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

    /**
     * The articulation-point bonus (see class comment): {@link #BONUS} × the larger of ln(1 + cut off with
     * another link) / ln(component size) and the share of the others cut off; 0 if the removal splits nothing.
     *
     * @param effect         what removing the person does to their component
     * @param pendantsCutOff how many of the persons cut off are the person's own contacts with no other link
     */
    static double bonus(RemovalEffect effect, int pendantsCutOff) {
        if (!effect.splits()) {
            return 0.0;
        }
        int cutOff = effect.cutOff();
        if (pendantsCutOff < 0 || pendantsCutOff > cutOff) {
            throw new IllegalArgumentException("pendant contacts cut off must be in [0, " + cutOff + "], got "
                    + pendantsCutOff);
        }
        int size = effect.componentSize();
        double group = Math.log1p(cutOff - pendantsCutOff) / Math.log(size);
        double share = (double) cutOff / (size - 1);
        return BONUS * Math.max(group, share);
    }

    /**
     * How many of the persons a removal cuts off are the person's own contacts with no other link. When the
     * largest remaining piece is itself one such contact (the centre of a star) it is not cut off.
     */
    private int pendantsCutOff(VertexScore<String> s) {
        if (!s.articulationPoint()) {
            return 0;
        }
        return Math.min(network.pendantContacts(s.vertex()), s.removal().cutOff());
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
        String cut = s.articulationPoint() ? cutPoint(s.removal(), pendantsCutOff(s)) : null;
        boolean trivialCut = cut != null && cut.startsWith(TRIVIAL_CUT);
        if (cut != null && !trivialCut) {
            reasons.add(cut);
        }
        double relative = pageRank.value() * n;
        reasons.add(String.format(Locale.ROOT, "%s (%s, %s× the average): %s",
                standing("PageRank", pageRank), number(pageRank.value()), number(relative),
                relative >= 1 ? "a random walk along the links, favouring strong ones, reaches this person often"
                        : "a random walk along the links reaches this person less often than average"));
        reasons.add(String.format(Locale.ROOT, "%s (%s) over %d %s",
                standing("strength", strength), number(strength.value()), s.degree(), s.degree() == 1 ? "link" : "links"));
        if (trivialCut) {
            // a fact, not a reason to pick the person: after the measures
            reasons.add(cut);
        }
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

    /** How {@link #cutPoint} starts when the removal cuts off nothing but pendant contacts. */
    static final String TRIVIAL_CUT = "articulation point, but removal only cuts off ";

    /**
     * What removing an articulation point cuts off. A removal that cuts off only the person's own contacts
     * with no other link, while the rest of the component stays together, is said to be just that: the
     * contacts form no group, and the network holds without them.
     */
    static String cutPoint(RemovalEffect e, int pendantsCutOff) {
        int cutOff = e.cutOff();
        String persons = cutOff == 1 ? "person" : "persons";
        if (pendantsCutOff == cutOff && e.largestPiece() > 1) {
            return String.format(Locale.ROOT, TRIVIAL_CUT + "%d %s with no other link; the other %d persons of its "
                    + "component stay connected", cutOff, persons, e.largestPiece());
        }
        String pendants = pendantsCutOff == 0 ? ""
                : pendantsCutOff < cutOff ? String.format(Locale.ROOT, " (%d of them with no other link)", pendantsCutOff)
                : cutOff == 1 ? " (a contact with no other link)" : " (all contacts with no other link)";
        return String.format(Locale.ROOT, "articulation point: removal cuts off %d %s%s; it splits its component "
                        + "(%d persons) into %d pieces and the largest keeps %s of it",
                cutOff, persons, pendants, e.componentSize(), e.pieces(), percent(e.largestShare()));
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
