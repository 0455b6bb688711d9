package org.crimegraph.cli;

import picocli.CommandLine.Mixin;

/**
 * A {@link CaseCommand} whose output can go to a partner: it takes {@code --release-to} and
 * {@code --min-grade} ({@link ReleaseOption}), and every reader it calls filters through the one release
 * component ({@code graph.Release}).
 */
abstract class ReleasedCommand extends CaseCommand {

    @Mixin
    ReleaseOption release;
}
