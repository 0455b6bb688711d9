package org.crimegraph.model;

/**
 * How a saved run computed its all-pairs measures (betweenness, closeness, harmonic), as kept with the
 * run: {@code exact}, or {@code sampled} with ε, δ and the sample counts behind the guarantees.
 *
 * @param name               {@code exact} or {@code sampled}; null for a run saved before modes were recorded
 * @param epsilon            ε of the sampled guarantees, or null when exact
 * @param delta              δ of the sampled guarantees, or null when exact
 * @param betweennessSamples sampled shortest paths, or null when exact
 * @param distanceSamples    sampled sources for closeness and harmonic, or null when exact
 * @param description        the mode in words, with the budget's reason when a budget chose it
 */
public record RunMode(String name, Double epsilon, Double delta, Integer betweennessSamples, Integer distanceSamples,
                      String description) {

    /** A run saved before the mode was recorded (such runs were exact unless {@code --epsilon} was given). */
    public static final RunMode UNRECORDED = new RunMode(null, null, null, null, null, null);

    /** Short form for tables: {@code exact}, {@code ε 0.05}, or {@code -} when not recorded. */
    public String brief() {
        if (name == null) {
            return "-";
        }
        return epsilon == null ? name : "ε " + epsilon;
    }

    /** The description, or a note that the run did not record it. */
    public String describe() {
        return description == null ? "not recorded (saved by an earlier version)" : description;
    }
}
