package org.crimegraph.cli;

import picocli.CommandLine.Option;

/** {@code --sort MEASURE}: the order of the persons ({@code score}'s table and files, {@code export}'s files). */
final class SortOption {

    @Option(names = "--sort", defaultValue = TargetOrder.SCORE, paramLabel = "MEASURE",
            description = "Order the persons by the composite score (default) or by one measure, highest first: degree, "
                    + "strength, betweenness, betweennessRaw, pagerank, closeness, harmonic, eigenvector, coreness, "
                    + "clustering. An export's manifest states the order.")
    String measure;
}
