package org.crimegraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --threads N} for commands that compute path measures or simulations in parallel (and
 * {@code crimegraph-spark score}, whose driver computes the measures that are not partitioned).
 */
public final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for the measures and simulations computed in this process, recorded with a "
                    + "saved run (default: all cores).")
    Integer count;

    /** The threads asked for, or null for all cores. */
    public Integer count() {
        return count;
    }
}
