package org.crimegraph.analysis.community;

import java.util.List;

/**
 * What an analyst needs to know about one community.
 *
 * @param id              canonical community id (0 = largest)
 * @param members         the members, in vertex order
 * @param internalLinks   number of links inside the community
 * @param density         internal links / possible pairs (0 for a community of one)
 * @param internalWeight  summed tie strength of the internal links
 * @param externalWeight  summed tie strength of the links to other communities
 * @param brokers         members that tie the community to others, strongest broker first
 * @param <V>             vertex type
 */
public record CommunityProfile<V>(int id, List<V> members, int internalLinks, double density, double internalWeight,
                                  double externalWeight, List<Broker<V>> brokers) {

    /**
     * A member with ties outside its community.
     *
     * @param vertex           the member
     * @param externalLinks    its links to members of other communities
     * @param externalWeight   their summed tie strength
     * @param brokerage        its open two-paths reaching outside the community (itinerant + gatekeeper/representative + liaison)
     * @param <V>              vertex type
     */
    public record Broker<V>(V vertex, int externalLinks, double externalWeight, int brokerage) {
    }

    public CommunityProfile {
        members = List.copyOf(members);
        brokers = List.copyOf(brokers);
    }

    /** Number of members. */
    public int size() {
        return members.size();
    }
}
