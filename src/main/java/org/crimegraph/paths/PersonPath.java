package org.crimegraph.paths;

import org.crimegraph.graph.PathLength;
import java.util.List;

/**
 * A path through the person network: the persons in order (first = start, last = end) and its length
 * under the {@link PathLength} used to find it.
 */
public record PersonPath(List<String> persons, double length) {

    public PersonPath {
        persons = List.copyOf(persons);
        if (persons.isEmpty()) {
            throw new IllegalArgumentException("a path has at least one person");
        }
    }

    /** Number of links. */
    public int hops() {
        return persons.size() - 1;
    }
}
