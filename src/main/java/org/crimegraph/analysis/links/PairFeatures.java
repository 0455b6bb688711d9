package org.crimegraph.analysis.links;

import java.util.List;

/**
 * The structural predictors of one pair of persons who are not linked (docs/algorithms.md, "Suggested
 * links"), computed on the network the pair is scored on. Unweighted: a link counts once, whatever its
 * weight.
 *
 * @param commonNeighbours   persons linked to both (CN)
 * @param jaccard            CN over the persons linked to either, in [0, 1]
 * @param adamicAdar         sum over common neighbours z of 1 / ln deg(z) (Adamic &amp; Adar 2003)
 * @param resourceAllocation sum over common neighbours z of 1 / deg(z) (Zhou, Lü &amp; Zhang 2009)
 * @param katz               truncated Katz index: β²·(walks of length 2) + β³·(walks of length 3); the pair
 *                           is not linked, so there is no length-1 term (Katz 1953)
 * @param walks3             walks of length 3 between the two (the Katz index's last term, as a count)
 * @param sameCommunity      both in the same Leiden community of that network
 * @param degrees            the two persons' link counts, source first
 * @param store              the store signals of the pair ({@link StoreSignals}: common numbers nobody is known
 *                           to use, activity overlap), or null when the network is an edge list
 */
public record PairFeatures(int commonNeighbours, double jaccard, double adamicAdar, double resourceAllocation,
                           double katz, long walks3, boolean sameCommunity, Degrees degrees, StoreSignals.Pair store) {

    /** Structural predictors only (an edge list). */
    public PairFeatures(int commonNeighbours, double jaccard, double adamicAdar, double resourceAllocation,
                        double katz, long walks3, boolean sameCommunity, Degrees degrees) {
        this(commonNeighbours, jaccard, adamicAdar, resourceAllocation, katz, walks3, sameCommunity, degrees, null);
    }

    /** The two persons' link counts. */
    public record Degrees(int source, int target) {
    }

    /** The names of the model's inputs, in {@link #vector()} order. */
    public static final List<String> NAMES = List.of("log(1+common neighbours)", "jaccard", "adamic-adar",
            "resource allocation", "log(1+walks of length 3)", "same community", "log(1+degree product)");

    /** The names of the model's inputs with the store signals, in {@link #vector()} order. */
    public static final List<String> STORE_NAMES = List.of("log(1+common neighbours)", "jaccard", "adamic-adar",
            "resource allocation", "log(1+walks of length 3)", "same community", "log(1+degree product)",
            "common numbers", "activity overlap");

    /** The input names of a model over these features (with or without the store signals). */
    public static List<String> names(boolean store) {
        return store ? STORE_NAMES : NAMES;
    }

    /**
     * Per model input: true if more of it is evidence for a tie, so its coefficient is kept ≥ 0 (every input
     * but the degree product, which is a size effect that may go either way). Without the bound, the
     * strongly correlated counts (CN, Adamic–Adar, resource allocation, walks) split their weight into
     * large opposite coefficients, and a pair could score higher for having fewer common contacts.
     */
    static final boolean[] NON_NEGATIVE = {true, true, true, true, true, true, false};

    /** {@link #NON_NEGATIVE} with the store signals (both "more is evidence"). */
    static final boolean[] STORE_NON_NEGATIVE = {true, true, true, true, true, true, false, true, true};

    static boolean[] nonNegative(boolean store) {
        return store ? STORE_NON_NEGATIVE : NON_NEGATIVE;
    }

    /** The index of each model input in {@link #vector()}. */
    static final int CN = 0;
    static final int JACCARD = 1;
    static final int ADAMIC_ADAR = 2;
    static final int RESOURCE_ALLOCATION = 3;
    static final int KATZ = 4;
    static final int SAME_COMMUNITY = 5;
    static final int DEGREE_PRODUCT = 6;
    static final int COMMON_NUMBERS = 7;
    static final int ACTIVITY = 8;

    /**
     * The model's inputs, in {@link #NAMES} order: the heavy-tailed counts on a log scale (the logistic model
     * is linear in its inputs, and one pair with 40 common contacts should not outweigh the rest). The Katz
     * index enters through its two terms, the common neighbours (walks of length 2) and the walks of length
     * 3, each with its own coefficient: a fitted β per term instead of the fixed one. With the store signals,
     * two more: the common numbers' Adamic–Adar sum and the activity overlap.
     */
    public double[] vector() {
        if (store != null) {
            return new double[] {Math.log1p(commonNeighbours), jaccard, adamicAdar, resourceAllocation,
                    Math.log1p(walks3), sameCommunity ? 1 : 0,
                    Math.log1p((double) degrees.source() * degrees.target()), store.commonNumbers(), store.activity()};
        }
        return new double[] {Math.log1p(commonNeighbours), jaccard, adamicAdar, resourceAllocation,
                Math.log1p(walks3), sameCommunity ? 1 : 0,
                Math.log1p((double) degrees.source() * degrees.target())};
    }
}
