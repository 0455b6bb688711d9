package org.crimegraph.cli;

import java.time.Duration;
import org.crimegraph.analysis.BetweennessMethod;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --budget} and {@link SamplingOption} ({@code --epsilon}, {@code --delta}): how the all-pairs
 * measures (betweenness, closeness, harmonic) are computed by every command that scores the network now ({@code score}, {@code node},
 * {@code export} without {@code --run}). One default budget for all of them, so that no command runs an
 * exact pass of hours on a large network without being asked to (docs/algorithms.md, "Scoring mode").
 */
final class ScoringModeOption {

    /** The time budget of the all-pairs measures when none is given. */
    static final String DEFAULT_BUDGET = "30m";

    @Option(names = "--budget", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Time allowed for betweenness, closeness and harmonic (e.g. 10s, 30m, 2h; default: "
                    + DEFAULT_BUDGET + "): exact when its estimated cost fits, else sampled at the smallest ε in "
                    + "[0.01, 0.2] that fits; 0 samples at ε 0.2. The mode is stated in the output and the saved run "
                    + "(docs/algorithms.md).")
    Duration budget;

    @Mixin
    SamplingOption sampling;

    /** Sampled at {@code --epsilon}, else chosen by {@code --budget} (default {@value #DEFAULT_BUDGET}). */
    BetweennessMethod method(long seed) {
        if (sampling.given() && budget != null) {
            throw new IllegalArgumentException("--epsilon and --budget both choose the scoring mode: give one of them");
        }
        Duration allowed = budget != null ? budget : new DurationConverter().convert(DEFAULT_BUDGET);
        return sampling.or(new BetweennessMethod.Budgeted(allowed, sampling.delta(), seed), seed);
    }

    /** Whether the user chose a mode ({@code --budget} or {@code --epsilon}). */
    boolean given() {
        return budget != null || sampling.given();
    }
}
