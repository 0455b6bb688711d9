package org.crimegraph.cli;

import picocli.CommandLine.Parameters;

/** The two persons of a query about a pair ({@code path A B}, {@code common A B}). */
final class PersonPairParameters {

    @Parameters(index = "0", paramLabel = "A", description = "The first person.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "The other person.")
    String b;
}
