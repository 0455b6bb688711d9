package org.crimegraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's result in a saved scoring run (label {@code PersonScore}, linked to the run and to the
 * {@code Person}).
 *
 * @param personId the person
 * @param name     display name at the time of the run
 * @param ranking  the person's target rank and composite score, if ranked
 * @param measures every measure computed, by name, in the run's order (degree, strength, ...)
 * @param place    where the person sits in the network: component, community, key player, cut point
 * @param reasons  reasons for the rank, most important first (kept for the top of the ranking)
 */
public record PersonResult(String personId, String name, Ranking ranking, Map<String, Double> measures, Place place,
                           List<String> reasons) {

    /**
     * @param rank  target rank, 1 = best, or null if not ranked
     * @param score composite target score, or null if not ranked
     */
    public record Ranking(Integer rank, Double score) {

        /** Not ranked. */
        public static final Ranking NONE = new Ranking(null, null);
    }

    /**
     * @param component          connected component number, 0 = largest
     * @param community          community number, or null if no community detection ran
     * @param communityStability with consensus communities: the share of runs in which the person sat with
     *                           their community's members (docs/algorithms.md, Consensus communities), else null
     * @param keyPlayer          true if the person is in the run's key-player set
     * @param articulationPoint  true if removing the person splits their component
     */
    public record Place(int component, Integer community, Double communityStability, boolean keyPlayer,
                        boolean articulationPoint) {

        /** True if consensus communities ran and the person's membership is unstable (stability below 0.5). */
        public boolean unstableCommunity() {
            return communityStability != null && communityStability < UNSTABLE_BELOW;
        }
    }

    /** Stability below which a community membership is called unstable. */
    public static final double UNSTABLE_BELOW = 0.5;

    public PersonResult {
        measures = Collections.unmodifiableMap(new LinkedHashMap<>(measures));
        reasons = List.copyOf(reasons);
    }

    /** See {@link Ranking#rank()}. */
    public Integer rank() {
        return ranking.rank();
    }

    /** See {@link Ranking#score()}. */
    public Double score() {
        return ranking.score();
    }

    /** See {@link Place#component()}. */
    public int component() {
        return place.component();
    }

    /** See {@link Place#community()}. */
    public Integer community() {
        return place.community();
    }

    /** See {@link Place#keyPlayer()}. */
    public boolean keyPlayer() {
        return place.keyPlayer();
    }

    /** See {@link Place#articulationPoint()}. */
    public boolean articulationPoint() {
        return place.articulationPoint();
    }
}
