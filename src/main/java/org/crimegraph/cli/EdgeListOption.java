package org.crimegraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --edges FILE}: analyse an edge-list CSV instead of the store ({@code score}, {@code disrupt}, {@code suggest-links}). */
final class EdgeListOption {

    @Option(names = "--edges", paramLabel = "FILE",
            description = "Read the network from an edge-list CSV (header source,target[,weight]; rows on a pair add up; "
                    + "undirected) instead of the store: no reports, so the release, grade and time options (and "
                    + "score's --save) do not apply.")
    Path file;
}
