package org.crimegraph.cli;

import org.crimegraph.analysis.BetweennessMethod;
import picocli.CommandLine.Option;

/**
 * {@code --epsilon}, {@code --delta}: the sampled all-pairs measures, for every command that scores the
 * network ({@link ScoringModeOption}) and for {@code crimegraph-spark score}.
 */
public final class SamplingOption {

    @Option(names = "--epsilon", paramLabel = "E",
            description = "Sample at this ε: betweenness by Riondato–Kornaropoulos (every normalised value within "
                    + "about ±E), closeness and harmonic by Eppstein–Wang sampled sources (harmonic within about ±E, "
                    + "farness within ±E·diameter).")
    Double epsilon;

    @Option(names = "--delta", defaultValue = "0.1", paramLabel = "D",
            description = "When sampling: probability allowed for exceeding the bounds (default: ${DEFAULT-VALUE}).")
    double delta;

    /** True if {@code --epsilon} was given. */
    public boolean given() {
        return epsilon != null;
    }

    /** Sampled at {@code --epsilon} with {@code seed}; {@code otherwise} when no ε was given. */
    public BetweennessMethod or(BetweennessMethod otherwise, long seed) {
        return epsilon != null ? new BetweennessMethod.Sampled(epsilon, delta, seed) : otherwise;
    }

    double delta() {
        return delta;
    }
}
