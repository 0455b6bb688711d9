package org.crimegraph.disruption;

/**
 * The state of the network after the {@code k}-th removal of a simulation. For the random baseline
 * the numbers are means over the seeded runs and {@code removed} is null.
 *
 * @param k             number of vertices removed so far
 * @param removed       the vertex removed at this step (null for averaged curves)
 * @param lcc           size of the largest connected component
 * @param lccFraction   {@code lcc} divided by the largest component of the whole graph
 * @param components    number of connected components of the remainder
 * @param fragmentation Borgatti's F of the remainder
 * @param efficiency    global efficiency of the remainder (1 − DF)
 * @param <V>           vertex type
 */
public record RemovalPoint<V>(int k, V removed, double lcc, double lccFraction, double components,
                             double fragmentation, double efficiency) {
}
