package org.crimegraph.cli;

import picocli.CommandLine.Mixin;

/**
 * A {@link PersonQueryCommand} that reads a subgraph of the person network ({@code find}, {@code path},
 * {@code neighbours}, {@code common}, {@code connect}), so also takes {@link SubgraphOptions}.
 */
abstract class SubgraphQueryCommand extends PersonQueryCommand {

    @Mixin
    SubgraphOptions subgraph;
}
