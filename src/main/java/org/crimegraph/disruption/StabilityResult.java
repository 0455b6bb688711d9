package org.crimegraph.disruption;

import java.util.List;

/**
 * How far a ranking survives missing data.
 *
 * @param perturbation what was done to the links, e.g. "drop 10% of links at random"
 * @param runs         number of perturbed runs
 * @param top          the top-k of the unperturbed ranking, best first
 * @param stayed       per member of {@code top}: share of runs in which it is still in the top-k
 * @param meanTau      mean Kendall τ-b between the unperturbed and perturbed scores of all vertices
 * @param minTau       smallest τ-b over the runs
 * @param <V>          vertex type
 */
public record StabilityResult<V>(String perturbation, int runs, List<V> top, List<Double> stayed, double meanTau,
                                 double minTau) {

    public StabilityResult {
        top = List.copyOf(top);
        stayed = List.copyOf(stayed);
    }
}
