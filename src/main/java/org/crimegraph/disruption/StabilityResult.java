package org.crimegraph.disruption;

import java.util.List;

/**
 * How far a ranking survives missing data.
 *
 * @param perturbation what was done to the links, e.g. "drop 10% of links at random"
 * @param repeats      number of perturbed repeats
 * @param top          the top-k of the unperturbed ranking, best first
 * @param stayed       per member of {@code top}: share of repeats in which it is still in the top-k
 * @param meanTau      mean Kendall τ-b between the unperturbed and perturbed scores of all vertices
 * @param minTau       smallest τ-b over the repeats
 * @param <V>          vertex type
 */
public record StabilityResult<V>(String perturbation, int repeats, List<V> top, List<Double> stayed, double meanTau,
                                 double minTau) {

    public StabilityResult {
        top = List.copyOf(top);
        stayed = List.copyOf(stayed);
    }
}
