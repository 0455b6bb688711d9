package org.crimegraph.paths;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Paths read back from a search tree kept as a map from each node reached to the node it was reached from (a
 * root to {@code null}), as the level-by-level searches of this package keep it.
 */
final class SearchTree {

    private SearchTree() {
    }

    /** {@code node} and the nodes it was reached through, {@code node} first and the root last; empty for {@code null}. */
    static <T> List<T> ancestors(T node, Map<T, T> parent) {
        List<T> chain = new ArrayList<>();
        for (T v = node; v != null; v = parent.get(v)) {
            chain.add(v);
        }
        return chain;
    }

    /** The path from the root to {@code node}: its {@link #ancestors}, root first. */
    static <T> List<T> pathTo(T node, Map<T, T> parent) {
        List<T> path = ancestors(node, parent);
        Collections.reverse(path);
        return path;
    }
}
