package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.crimegraph.export.GraphMlWriter;
import org.crimegraph.graph.PersonLink;
import org.crimegraph.graph.PersonNetwork;

/**
 * {@code --graphml FILE} of the person queries (neighbours, path, common, connect): the persons and
 * links a query found, with each person's role in it, written by {@link GraphMlWriter}; a write
 * failure names the file.
 */
final class QueryGraphMl {

    private QueryGraphMl() {
    }

    /** Writes {@code persons} and {@code links} of {@code network} to {@code file}; {@code roles} by person id. */
    static void write(PersonNetwork network, Set<String> persons, Set<PersonLink> links, Map<String, String> roles,
                      Path file) {
        try {
            new GraphMlWriter().write(network, persons, links, roles, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
