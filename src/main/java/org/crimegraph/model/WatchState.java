package org.crimegraph.model;

import java.util.List;

/**
 * What a saved run saw around one watched person, kept with the run so that the next run under the same
 * release rule can say what changed ({@link Alert}).
 *
 * @param personId      the watched person
 * @param rank          target rank, or null if not ranked (or not in the network)
 * @param articulation  true if an articulation point
 * @param neighbours    the persons they are linked to
 * @param community     the other members of their community
 * @param holdings      their phones, accounts, vehicles and addresses, as {@code kind shown}
 * @param nearWatched   other watched persons within the alert distance
 */
public record WatchState(String personId, Integer rank, boolean articulation, List<String> neighbours,
                         List<String> community, List<String> holdings, List<String> nearWatched) {

    public WatchState {
        neighbours = List.copyOf(neighbours);
        community = List.copyOf(community);
        holdings = List.copyOf(holdings);
        nearWatched = List.copyOf(nearWatched);
    }
}
