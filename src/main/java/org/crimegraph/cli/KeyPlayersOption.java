package org.crimegraph.cli;

import org.crimegraph.app.export.ExportNetwork;
import picocli.CommandLine.Option;

/**
 * {@code --key-players K}: the size of the key-player set (Borgatti KPP-Neg, fragmentation F) computed
 * with a saved run ({@code score --save}, {@code crimegraph-spark score}) or an export scored now.
 */
public final class KeyPlayersOption {

    @Option(names = "--key-players", defaultValue = "" + ExportNetwork.DEFAULT_KEY_PLAYERS, paramLabel = "K",
            description = "Size of the key-player set (Borgatti KPP-Neg, fragmentation F) saved with the run or "
                    + "computed for the export (0 for none, and no key_player column; default: ${DEFAULT-VALUE}).")
    int size;

    /** The size given, or the default. */
    public int value() {
        return size;
    }
}
