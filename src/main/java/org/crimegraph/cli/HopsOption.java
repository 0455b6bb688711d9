package org.crimegraph.cli;

import picocli.CommandLine.Option;

/**
 * {@code --hops N}: person-to-person steps out, counted alike by {@code neighbours X} and
 * {@code export --around} (which needs it only with {@code --around}, so it keeps "not given").
 */
final class HopsOption {

    /** One step: the direct links. */
    static final int DEFAULT = 1;

    @Option(names = "--hops", paramLabel = "N", description = "Person-to-person steps out from the person (for an "
            + "export, from the --around persons) (default: " + DEFAULT + ").")
    Integer given;

    /** The steps asked for, or one. */
    int steps() {
        return given == null ? DEFAULT : given;
    }
}
