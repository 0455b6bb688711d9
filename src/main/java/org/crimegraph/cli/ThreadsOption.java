package org.crimegraph.cli;

import picocli.CommandLine.Option;

/** {@code --threads N} for commands that compute path measures or simulations in parallel. */
final class ThreadsOption {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads for the path measures and simulations (default: all cores).")
    Integer count;
}
