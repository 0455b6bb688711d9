package org.crimegraph.analysis;

import java.time.Duration;
import java.util.Locale;

/**
 * Chooses how the all-pairs measures (betweenness, closeness, harmonic) are computed within a time
 * budget: exactly when the estimated exact cost fits, otherwise sampled (Riondato–Kornaropoulos
 * betweenness, Eppstein–Wang closeness and harmonic) at the smallest ε in
 * [{@value #MIN_EPSILON}, {@value #MAX_EPSILON}] whose estimated cost fits; ε = {@value #MAX_EPSILON}
 * when none does, and for a zero budget.
 *
 * <p>Cost model (docs/algorithms.md, calibrated on random networks): one full shortest-path search
 * costs {@link #nanosPerLinkVisit c(m)} ns per link visit, each link being visited from both ends, so
 * {@code 2m · c(m)} ns; the exact pass is {@code n} searches, the sampled pass {@code r + k} (sampled
 * paths and sampled sources; a path's search stops at its target, so counting it as a full search is
 * on the safe side); the searches share {@code threads} threads. Pure: numbers in, a plan out.
 *
 * @param method         the chosen method: {@link BetweennessMethod.Exact} or {@link BetweennessMethod.Sampled}
 * @param exactSeconds   estimated seconds of the exact pass
 * @param plannedSeconds estimated seconds of the chosen pass
 * @param budget         the budget it was chosen for
 */
public record ScoringPlan(BetweennessMethod method, double exactSeconds, double plannedSeconds, Duration budget) {

    /**
     * Measured CPU nanoseconds per link visit of one full search (Dijkstra on 1/weight lengths, one
     * thread), by the number of links: a search's arrays fit the processor caches on small networks
     * and not on large ones, so the cost per visit grows with size (docs/algorithms.md: 23.6–25.7 ns
     * at 40,000 links, 44.2–46.0 ns at 500,000, 105–111 ns at 5,000,000, random networks with average
     * degree 8–10).
     */
    private static final long[] CALIBRATED_LINKS = {40_000, 500_000, 5_000_000};
    private static final double[] CALIBRATED_NANOS = {25.0, 45.0, 110.0};
    /** The smallest ε the plan uses. */
    public static final double MIN_EPSILON = 0.01;
    /** The largest ε the plan uses (also for a zero budget). */
    public static final double MAX_EPSILON = 0.2;
    /** ε is chosen on the grid of multiples of 1/{@value #GRID}. */
    private static final int GRID = 1000;

    public ScoringPlan {
        if (method == null || budget == null || budget.isNegative()) {
            throw new IllegalArgumentException("method and a non-negative budget are required");
        }
    }

    /**
     * The plan for a network.
     *
     * @param persons        number of persons {@code n}
     * @param links          number of links {@code m}
     * @param vertexDiameter bound on the persons on a shortest path (prices the sampled betweenness)
     * @param threads        threads the searches share
     * @param budget         time allowed for the all-pairs measures
     * @param delta          δ of the sampled guarantees
     * @param seed           seed of the sampled mode
     */
    public static ScoringPlan choose(int persons, long links, int vertexDiameter, int threads, Duration budget,
                                     double delta, long seed) {
        if (threads < 1 || persons < 0 || links < 0) {
            throw new IllegalArgumentException("threads must be positive, counts not negative");
        }
        double allowed = budget.toNanos() / 1e9;
        double exact = searchSeconds(persons, links, threads) * persons;
        if (!budget.isZero() && exact <= allowed) {
            return new ScoringPlan(BetweennessMethod.EXACT, exact, exact, budget);
        }
        double epsilon = MAX_EPSILON;
        for (long step = Math.round(MIN_EPSILON * GRID); step <= Math.round(MAX_EPSILON * GRID); step++) {
            double candidate = step / (double) GRID; // 71 / 1000.0 is the double nearest 0.071, printed as such
            if (!budget.isZero() && sampledSeconds(persons, links, vertexDiameter, threads, candidate, delta) <= allowed) {
                epsilon = candidate;
                break;
            }
        }
        return new ScoringPlan(new BetweennessMethod.Sampled(epsilon, delta, seed), exact,
                sampledSeconds(persons, links, vertexDiameter, threads, epsilon, delta), budget);
    }

    /** Estimated seconds of the sampled pass at ε. */
    public static double sampledSeconds(int persons, long links, int vertexDiameter, int threads, double epsilon,
                                        double delta) {
        long searches = (long) ApproximateBetweenness.sampleSize(vertexDiameter, epsilon, delta)
                + SampledDistances.sampleSize(persons, epsilon, delta);
        return searchSeconds(persons, links, threads) * searches;
    }

    /** Estimated seconds of one search, shared by {@code threads} threads. */
    private static double searchSeconds(int persons, long links, int threads) {
        return 2.0 * links * nanosPerLinkVisit(links) / 1e9 / Math.min(threads, Math.max(1, persons));
    }

    /**
     * The cost model's CPU nanoseconds per link visit for a network of {@code links} links: the
     * calibration points interpolated in log(links); the smallest below the first point, the last
     * segment's slope extended beyond the last.
     */
    public static double nanosPerLinkVisit(long links) {
        if (links <= CALIBRATED_LINKS[0]) {
            return CALIBRATED_NANOS[0];
        }
        int i = 1;
        while (i < CALIBRATED_LINKS.length - 1 && links > CALIBRATED_LINKS[i]) {
            i++;
        }
        double t = Math.log((double) links / CALIBRATED_LINKS[i - 1])
                / Math.log((double) CALIBRATED_LINKS[i] / CALIBRATED_LINKS[i - 1]);
        return CALIBRATED_NANOS[i - 1] + t * (CALIBRATED_NANOS[i] - CALIBRATED_NANOS[i - 1]);
    }

    /**
     * Why this mode, in words: {@code exact estimated 12.0 s fits the budget of 30 min}, or
     * {@code exact estimated 2.1 h exceeds the budget of 10.0 s; sampled estimated 9.1 s}.
     */
    public String describe() {
        String budgetText = "the budget of " + seconds(budget.toNanos() / 1e9);
        if (method instanceof BetweennessMethod.Exact) {
            return "exact estimated " + seconds(exactSeconds) + " fits " + budgetText;
        }
        String why = budget.isZero() ? "a zero budget samples at the largest ε"
                : "exact estimated " + seconds(exactSeconds) + " exceeds " + budgetText;
        String over = !budget.isZero() && plannedSeconds > budget.toNanos() / 1e9 ? ", over the budget even at the largest ε" : "";
        return why + "; sampled estimated " + seconds(plannedSeconds) + over;
    }

    /** Seconds as {@code 0.05 s}, {@code 4.2 s}, {@code 12 min} or {@code 3.1 h}. */
    static String seconds(double s) {
        if (s < 1) {
            return String.format(Locale.ROOT, "%.2f s", s);
        }
        if (s < 120) {
            return String.format(Locale.ROOT, "%.1f s", s);
        }
        if (s < 7200) {
            return String.format(Locale.ROOT, "%.0f min", s / 60);
        }
        return String.format(Locale.ROOT, "%.1f h", s / 3600);
    }
}
