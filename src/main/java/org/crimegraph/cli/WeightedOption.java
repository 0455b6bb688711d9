package org.crimegraph.cli;

import picocli.CommandLine.Option;

/** {@code --weighted} for the link queries that measure paths ({@code path}, {@code connect}). */
final class WeightedOption {

    @Option(names = "--weighted", description = "Measure by evidence strength: each link counts 1/weight (strong tie = short).")
    boolean weighted;
}
