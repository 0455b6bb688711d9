package org.crimegraph.disruption;

/**
 * How connected the graph that remains after removing some vertices is.
 *
 * @param vertices         number of vertices remaining ({@code n} in the formulas)
 * @param largestComponent size of the largest connected component of the remainder
 * @param components       number of connected components of the remainder (isolated vertices count)
 * @param fragmentation    Borgatti's F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)) over the remainder's components:
 *                         the share of ordered pairs of remaining vertices that cannot reach each other
 *                         (1 when fewer than two vertices remain)
 * @param efficiency       Latora–Marchiori global efficiency E = Σ_{i≠j} (1/d_ij) / (n(n − 1)) with hop
 *                         distances, 1/d = 0 for unreachable pairs (0 when fewer than two vertices remain,
 *                         as NetworkX {@code global_efficiency})
 */
public record RemainderMeasures(int vertices, int largestComponent, int components, double fragmentation,
                                double efficiency) {

    /** Borgatti's distance-weighted fragmentation DF = 1 − E. */
    public double distanceFragmentation() {
        return 1.0 - efficiency;
    }
}
