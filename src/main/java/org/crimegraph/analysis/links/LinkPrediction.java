package org.crimegraph.analysis.links;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.crimegraph.analysis.IndexedGraph;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.Shuffle;
import org.crimegraph.analysis.community.Leiden;

/**
 * Suggested links: pairs of persons who are not linked but probably should be, best first, each with its
 * reasons (docs/algorithms.md, "Suggested links").
 *
 * <ol>
 *   <li><b>Candidates</b> ({@link CandidatePairs}): pairs two links apart or in the same Leiden community
 *       (resolution 1, the seed), at most {@link Parameters#perPerson} per person.</li>
 *   <li><b>Predictors</b> ({@link PairFeatures}): common neighbours, Jaccard, Adamic–Adar, resource
 *       allocation, truncated Katz (walks of length 2 and 3, β), same community, degree product; on a store's
 *       network also the {@link StoreSignals}: calls to common numbers no person is known to use (these pairs
 *       are candidates too) and the overlap of the two persons' active weeks.</li>
 *   <li><b>Model</b>, learned from the network's own ties: in each of {@link Parameters#folds} rounds a
 *       disjoint, seeded 10% of the links is hidden; on what remains, communities and predictors are
 *       recomputed; each hidden link that is a candidate there is a positive row, matched by two candidates
 *       of the remaining network that are no links of the whole network: the model learns to rank
 *       candidates, which is what it is used for. A logistic regression
 *       ({@link LogisticModel}: standardised inputs, L2, gradient descent) is fitted to all rows; the same
 *       fit leaving each round out in turn gives the cross-validated AUC reported with the model.
 *       Networks with fewer than {@value #MIN_TIES} links, or with no non-link to learn from, rank by
 *       Adamic–Adar instead (then resource allocation, then common neighbours), and say so.</li>
 *   <li><b>Scoring</b>: every candidate of the whole network gets the model's probability; reasons are the
 *       predictors whose standardised contribution to the log-odds is largest.</li>
 * </ol>
 *
 * <p>Unweighted and deterministic: the same network, parameters and seed give the same suggestions.
 * Cost: O(Σ deg² + Σ size(community)²) per candidate pass (folds + 1 passes), plus a Leiden run per pass,
 * plus the fit (rows × 7 inputs × at most {@value #MAX_STEPS} steps). Progress: task
 * {@value CandidatePairs#TASK} per pass, {@value #TRAINING_TASK} in rounds, {@value #SCORING_TASK} in candidates;
 * cancellation is checked in each.
 *
 * @param <V> vertex type
 */
public final class LinkPrediction<V extends Comparable<V>> {

    static final String TRAINING_TASK = "link model";
    static final String SCORING_TASK = "link scoring";

    /** Below this many links the model is not learned (Adamic–Adar order instead). */
    public static final int MIN_TIES = 10;

    /** The share of links each training round hides. */
    public static final double HIDDEN_SHARE = 0.1;

    static final int MAX_STEPS = 2000;

    /** Reasons listed per suggestion. */
    static final int REASONS = 3;

    /** Common neighbours named in a reason. */
    static final int NAMED = 5;

    /**
     * How suggestions are computed.
     *
     * @param seed           seeds the communities, the hidden links and the sampled non-links
     * @param perPerson      candidates kept per person, at least 1
     * @param beta           Katz attenuation, in (0, 1)
     * @param folds          training rounds, at least 1
     * @param l2             L2 penalty of the logistic regression, ≥ 0
     * @param maxTrainingTies at most this many hidden links in all rounds together (large networks), at least 1
     */
    public record Parameters(long seed, int perPerson, double beta, int folds, double l2, int maxTrainingTies) {

        /** Seed 1, 50 candidates per person, β = 0.005, 5 rounds, L2 0.01, at most 5,000 training ties. */
        public static final Parameters DEFAULTS = new Parameters(1, 50, 0.005, 5, 0.01, 5000);

        public Parameters {
            if (perPerson < 1) {
                throw new IllegalArgumentException("candidates per person must be at least 1, got " + perPerson);
            }
            if (!(beta > 0 && beta < 1)) {
                throw new IllegalArgumentException("Katz beta must be in (0, 1), got " + beta);
            }
            if (folds < 1) {
                throw new IllegalArgumentException("training rounds must be at least 1, got " + folds);
            }
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("L2 penalty must be a finite number ≥ 0, got " + l2);
            }
            if (maxTrainingTies < 1) {
                throw new IllegalArgumentException("training ties must be at least 1, got " + maxTrainingTies);
            }
        }

        /** The defaults with another seed. */
        public static Parameters seeded(long seed) {
            return new Parameters(seed, DEFAULTS.perPerson, DEFAULTS.beta, DEFAULTS.folds, DEFAULTS.l2,
                    DEFAULTS.maxTrainingTies);
        }
    }

    /**
     * How the scores were made.
     *
     * @param model      the fitted logistic regression, or null when the network was too small (Adamic–Adar order)
     * @param ties       positive training rows (hidden links)
     * @param nonTies    negative training rows (sampled non-links)
     * @param folds      training rounds actually run
     * @param heldOutAuc AUC of the model on each round's rows when fitted without that round, pooled; NaN
     *                   with one round or no model
     */
    public record Training(LogisticModel model, int ties, int nonTies, int folds, double heldOutAuc) {

        /** True if a model was learned; false for the Adamic–Adar order. */
        public boolean modelled() {
            return model != null;
        }

        /** How the score is made, in words. */
        public String describe() {
            if (model == null) {
                return "Adamic–Adar order (fewer than " + MIN_TIES + " links, or no non-link, to learn from)";
            }
            return String.format(Locale.ROOT, "logistic regression on %d hidden ties and %d non-ties (%d rounds)%s",
                    ties, nonTies, folds, Double.isNaN(heldOutAuc) ? ""
                            : String.format(Locale.ROOT, ", held-out AUC %.3f", heldOutAuc));
        }
    }

    /**
     * The suggestions, best first, and how they were made; {@link #score} scores any other pair of the network.
     *
     * @param suggestions every candidate pair, best first (ties: source, then target)
     * @param training    the model
     * @param communities Leiden communities of the network, by vertex index (numbered as {@code communities} does)
     * @param parameters  as given
     * @param storeSignals true if the store signals (common numbers, activity overlap) were used
     * @param <V>         vertex type
     */
    public record Result<V extends Comparable<V>>(List<LinkSuggestion<V>> suggestions, Training training,
                                                  int[] communities, Parameters parameters, Scorer scorer,
                                                  boolean storeSignals) {

        /** True if a model was learned. */
        public boolean modelled() {
            return training.modelled();
        }

        /** The score of any pair of distinct vertices of the network (a linked pair is scored as if it were not). */
        public double score(int i, int j) {
            return scorer.score(i, j);
        }
    }

    /** Scores pairs of the network the result was computed on. */
    public static final class Scorer {
        private final FeatureCalculator calculator;
        private final LogisticModel model;
        private final double beta;

        Scorer(FeatureCalculator calculator, LogisticModel model, double beta) {
            this.calculator = calculator;
            this.model = model;
            this.beta = beta;
        }

        /** The score of the pair (i, j), i ≠ j. */
        public synchronized double score(int i, int j) {
            return value(calculator.features(i, j));
        }

        /** The predictors of the pair (i, j), i ≠ j. */
        public synchronized PairFeatures features(int i, int j) {
            return calculator.features(i, j);
        }

        double value(PairFeatures f) {
            if (model != null) {
                return model.probability(f.vector());
            }
            // lexicographic by Adamic–Adar (over common contacts and, from a store, common numbers), resource
            // allocation, common neighbours, squeezed into one number
            double numbers = f.store() == null ? 0 : f.store().commonNumbers();
            return f.adamicAdar() + numbers + 1e-6 * f.resourceAllocation() + 1e-9 * f.commonNeighbours();
        }
    }

    private final IndexedGraph<V> graph;
    private final Parameters parameters;
    private final StoreSignals<V> signals;

    /** Structural predictors only (an edge list). */
    public LinkPrediction(IndexedGraph<V> graph, Parameters parameters) {
        this(graph, parameters, null);
    }

    /**
     * @param signals the store signals over the network's vertices ({@link StoreSignals}), or null for the
     *                structural predictors alone
     */
    public LinkPrediction(IndexedGraph<V> graph, Parameters parameters, StoreSignals<V> signals) {
        if (signals != null && signals.vertexCount() != graph.vertexCount()) {
            throw new IllegalArgumentException("store signals over " + signals.vertexCount()
                    + " persons for a network of " + graph.vertexCount());
        }
        this.graph = graph;
        this.parameters = parameters;
        this.signals = signals;
    }

    /** Computes the suggestions. */
    public Result<V> compute(Monitor monitor) {
        int[] community = communities(graph, parameters.seed(), monitor);
        Training training = train(monitor);
        FeatureCalculator calculator = new FeatureCalculator(graph, community, parameters.beta(), signals);
        Scorer scorer = new Scorer(new FeatureCalculator(graph, community, parameters.beta(), signals),
                training.model(), parameters.beta());
        long[] candidates = CandidatePairs.of(graph, community, parameters.perPerson(), signals, monitor);
        List<LinkSuggestion<V>> suggestions = new ArrayList<>(candidates.length);
        for (int c = 0; c < candidates.length; c++) {
            if ((c & 1023) == 0) {
                monitor.check();
                monitor.progress(SCORING_TASK, c, candidates.length);
            }
            int i = CandidatePairs.first(candidates[c]);
            int j = CandidatePairs.second(candidates[c]);
            PairFeatures f = calculator.features(i, j);
            int[] commonIndices = calculator.commonNeighbours();
            List<V> common = new ArrayList<>(commonIndices.length);
            for (int z : commonIndices) {
                common.add(graph.vertex(z));
            }
            double score = scorer.value(f);
            List<String> reasons = reasons(f, training.model(), common, community[i]);
            suggestions.add(new LinkSuggestion<>(graph.vertex(i), graph.vertex(j), score, f, common, reasons));
        }
        monitor.progress(SCORING_TASK, candidates.length, candidates.length);
        suggestions.sort(Comparator.comparingDouble((LinkSuggestion<V> s) -> -s.score())
                .thenComparing(LinkSuggestion::source).thenComparing(LinkSuggestion::target));
        return new Result<>(List.copyOf(suggestions), training, community, parameters, scorer, signals != null);
    }

    /** Leiden communities (resolution 1), as {@code communities --seed S} finds them on the same network. */
    private static <W extends Comparable<W>> int[] communities(IndexedGraph<W> graph, long seed, Monitor monitor) {
        return new Leiden<>(graph, 1.0, seed).communities(monitor.cancellationOnly()).membership();
    }

    // ---- training ------------------------------------------------------------------------------------

    private Training train(Monitor monitor) {
        int n = graph.vertexCount();
        int m = graph.edgeCount();
        long pairs = (long) n * (n - 1) / 2;
        if (m < MIN_TIES || pairs - m < 1) {
            return new Training(null, 0, 0, 0, Double.NaN);
        }
        int[] sources = new int[m];
        int[] targets = new int[m];
        int e = 0;
        for (int i = 0; i < n; i++) {
            for (int k = graph.start(i); k < graph.end(i); k++) {
                int j = graph.neighbour(k);
                if (i < j) {
                    sources[e] = i;
                    targets[e] = j;
                    e++;
                }
            }
        }
        SplittableRandom random = new SplittableRandom(parameters.seed());
        int[] order = Shuffle.permutation(m, random);
        int slice = Math.max(1, (int) Math.round(HIDDEN_SHARE * m));
        slice = Math.min(slice, Math.max(1, parameters.maxTrainingTies() / parameters.folds()));
        int folds = Math.min(parameters.folds(), m / slice);
        List<double[]> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        List<Integer> rowFold = new ArrayList<>();
        int ties = 0;
        int nonTies = 0;
        for (int f = 0; f < folds; f++) {
            monitor.check();
            monitor.progress(TRAINING_TASK, f, folds);
            boolean[] hidden = new boolean[m];
            for (int t = f * slice; t < (f + 1) * slice; t++) {
                hidden[order[t]] = true;
            }
            IndexedGraph<V> remaining = without(hidden, sources, targets);
            int[] community = communities(remaining, parameters.seed() + 1 + f, monitor);
            FeatureCalculator calculator = new FeatureCalculator(remaining, community, parameters.beta(), signals);
            long[] candidates = CandidatePairs.of(remaining, community, parameters.perPerson(), signals, monitor);
            for (int t = f * slice; t < (f + 1) * slice; t++) {
                int edge = order[t];
                // only hidden links the remaining network would rank: the model learns the ranking it is used for
                if (Arrays.binarySearch(candidates, CandidatePairs.key(sources[edge], targets[edge])) < 0) {
                    continue;
                }
                rows.add(calculator.features(sources[edge], targets[edge]).vector());
                labels.add(1);
                rowFold.add(f);
                ties++;
                for (int draw = 0; draw < 2; draw++) {
                    long negative = sampleCandidate(candidates, random);
                    if (negative >= 0) {
                        rows.add(calculator.features(CandidatePairs.first(negative), CandidatePairs.second(negative))
                                .vector());
                        labels.add(0);
                        rowFold.add(f);
                        nonTies++;
                    }
                }
            }
        }
        monitor.progress(TRAINING_TASK, folds, folds);
        if (ties == 0 || nonTies == 0) {
            return new Training(null, 0, 0, 0, Double.NaN);
        }
        double[][] x = rows.toArray(new double[0][]);
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        int[] fold = rowFold.stream().mapToInt(Integer::intValue).toArray();
        LogisticModel model = LogisticModel.fit(x, y, parameters.l2(), MAX_STEPS, PairFeatures.nonNegative(signals != null));
        return new Training(model, ties, nonTies, folds, heldOutAuc(x, y, fold, folds, monitor));
    }

    /** Fits without each round in turn and scores that round's rows with it; the pooled AUC. */
    private double heldOutAuc(double[][] x, int[] y, int[] fold, int folds, Monitor monitor) {
        if (folds < 2) {
            return Double.NaN;
        }
        List<Double> positives = new ArrayList<>();
        List<Double> negatives = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            monitor.check();
            List<double[]> trainRows = new ArrayList<>();
            List<Integer> trainLabels = new ArrayList<>();
            for (int r = 0; r < x.length; r++) {
                if (fold[r] != f) {
                    trainRows.add(x[r]);
                    trainLabels.add(y[r]);
                }
            }
            if (trainLabels.stream().distinct().count() < 2) {
                continue;
            }
            LogisticModel m = LogisticModel.fit(trainRows.toArray(new double[0][]),
                    trainLabels.stream().mapToInt(Integer::intValue).toArray(), parameters.l2(), MAX_STEPS,
                    PairFeatures.nonNegative(signals != null));
            for (int r = 0; r < x.length; r++) {
                if (fold[r] == f) {
                    (y[r] == 1 ? positives : negatives).add(m.probability(x[r]));
                }
            }
        }
        return RankingQuality.auc(positives.stream().mapToDouble(Double::doubleValue).toArray(),
                negatives.stream().mapToDouble(Double::doubleValue).toArray());
    }

    private IndexedGraph<V> without(boolean[] hidden, int[] sources, int[] targets) {
        int m = sources.length;
        int[] s = new int[m];
        int[] t = new int[m];
        double[] w = new double[m];
        int kept = 0;
        for (int e = 0; e < m; e++) {
            if (!hidden[e]) {
                s[kept] = sources[e];
                t[kept] = targets[e];
                w[kept] = 1;
                kept++;
            }
        }
        return IndexedGraph.fromEdges(graph.vertices(), s, t, w, kept);
    }

    /** A candidate of the remaining network that is no link of the whole network, or −1 (20 tries). */
    private long sampleCandidate(long[] candidates, SplittableRandom random) {
        if (candidates.length == 0) {
            return -1;
        }
        for (int attempt = 0; attempt < 20; attempt++) {
            long c = candidates[random.nextInt(candidates.length)];
            if (!graph.adjacent(CandidatePairs.first(c), CandidatePairs.second(c))) {
                return c;
            }
        }
        return -1;
    }


    // ---- reasons -------------------------------------------------------------------------------------

    /**
     * The common contacts first when there are any (what an analyst checks against the reports), with their
     * Adamic–Adar weight; then the other predictors that raised the log-odds most, at most {@value #REASONS}
     * reasons in all.
     */
    private List<String> reasons(PairFeatures f, LogisticModel model, List<V> common, int community) {
        List<String> reasons = new ArrayList<>();
        if (f.commonNeighbours() > 0) {
            reasons.add(commonContacts(f, common) + String.format(Locale.ROOT, ", Adamic–Adar %.2f", f.adamicAdar()));
        }
        // a hub (a taxi firm called by half the case) is in the score at its small weight, not in the reasons
        if (f.store() != null && f.store().numberCount() > 0
                && f.store().named().get(0).contacts() <= StoreSignals.MAX_CANDIDATE_CONTACTS) {
            reasons.add(commonNumbers(f.store()));
        }
        if (model == null) {
            if (f.sameCommunity()) {
                reasons.add("same community " + community);
            }
            return reasons;
        }
        double[] contributions = model.contributions(f.vector());
        Integer[] order = new Integer[contributions.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(contributions[b], contributions[a]));
        for (int k : order) {
            if (reasons.size() == REASONS || !(contributions[k] > 0)) {
                break;
            }
            String reason = switch (k) {
                case PairFeatures.JACCARD -> f.jaccard() == 0 ? null : String.format(Locale.ROOT,
                        "share %.0f%% of their contacts (Jaccard %.2f)", 100 * f.jaccard(), f.jaccard());
                case PairFeatures.KATZ -> f.walks3() == 0 ? null : String.format(Locale.ROOT,
                        "%d walk%s of length 3 (Katz %.3g)", f.walks3(), f.walks3() == 1 ? "" : "s", f.katz());
                case PairFeatures.SAME_COMMUNITY -> f.sameCommunity() ? "same community " + community : null;
                case PairFeatures.DEGREE_PRODUCT -> String.format(Locale.ROOT, "both have many links (%d and %d)",
                        f.degrees().source(), f.degrees().target());
                case PairFeatures.ACTIVITY -> f.store().sharedWeeks() == 0 ? null : String.format(Locale.ROOT,
                        "active in the same weeks: %d of %d (activity overlap %.2f)", f.store().sharedWeeks(),
                        f.store().activeWeeks(), f.store().activity());
                default -> null; // common neighbours, Adamic–Adar, resource allocation, common numbers: named above
            };
            if (reason != null) {
                reasons.add(reason);
            }
        }
        if (reasons.isEmpty()) {
            reasons.add("no predictor above the average training pair");
        }
        return reasons;
    }

    /**
     * "both called +33639981171, a number no person is known to use (4 persons in calls with it)", the number
     * with the fewest contacts first, and how many more such numbers there are.
     */
    static String commonNumbers(StoreSignals.Pair s) {
        StoreSignals.CommonNumber first = s.named().get(0);
        String text = String.format(Locale.ROOT, "%s %s, a number no person is known to use (%d persons in calls with "
                + "it)", first.verb(), first.number(), first.contacts());
        if (s.numberCount() > 1) {
            text += String.format(Locale.ROOT, ", and %d more such number%s", s.numberCount() - 1,
                    s.numberCount() == 2 ? "" : "s");
        }
        return text + String.format(Locale.ROOT, " (common numbers %.2f)", s.commonNumbers());
    }

    private String commonContacts(PairFeatures f, List<V> common) {
        List<String> named = new ArrayList<>();
        for (int k = 0; k < Math.min(NAMED, common.size()); k++) {
            named.add(String.valueOf(common.get(k)));
        }
        String more = common.size() > NAMED ? ", +" + (common.size() - NAMED) + " more" : "";
        return f.commonNeighbours() + " common contact" + (f.commonNeighbours() == 1 ? "" : "s") + " ("
                + String.join(", ", named) + more + ")";
    }

}
