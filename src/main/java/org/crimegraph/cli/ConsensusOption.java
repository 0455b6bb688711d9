package org.crimegraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --consensus RUNS}: communities as the consensus of several seeded runs ({@code communities},
 * {@code score --save}).
 */
final class ConsensusOption {

    @Option(names = "--consensus", defaultValue = "0", paramLabel = "RUNS",
            description = "Communities as the consensus of RUNS Leiden (or Louvain) runs, seeds --seed onwards "
                    + "(Lancichinetti & Fortunato 2012): a stable partition, and per person how often they sat with "
                    + "their community, saved with a run; below 0.5 is marked unstable in the table, report and "
                    + "exports. Default: one run.")
    int runs;
}
