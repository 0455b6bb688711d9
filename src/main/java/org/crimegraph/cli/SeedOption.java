package org.crimegraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --seed N} for every command with a randomised step (sampling, communities, key-player search,
 * simulations, link prediction, a generated case): the same seed gives the same output. Shared with
 * {@code crimegraph-spark score}.
 */
public final class SeedOption {

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed for the randomised steps (sampling, communities, key players, simulations); the same "
                    + "seed gives the same results, and a saved run or export manifest records it (default: ${DEFAULT-VALUE}).")
    long seed;

    /** The seed given, or 1. */
    public long value() {
        return seed;
    }
}
