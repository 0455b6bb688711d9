package org.crimegraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crimegraph.store.GraphStore;

/**
 * The whole graph (less the ingestion ledger) as sorted lines, one per node and per relationship with
 * every property, so two stores can be compared exactly: same nodes, same relationships (duplicates
 * show as repeated lines), same property values.
 */
final class GraphDump {

    private GraphDump() {
    }

    static List<String> of(GraphStore store) {
        List<String> lines = new ArrayList<>();
        lines.addAll(store.read("test/dump-nodes", Map.of(),
                r -> "N " + r.get("labels").asList(v -> v.asString()).stream().sorted().toList() + " "
                        + new TreeMap<>(r.get("props").asMap())));
        lines.addAll(store.read("test/dump-relationships", Map.of(),
                r -> "R " + r.get("type").asString() + " " + new TreeMap<>(r.get("a").asMap()) + " -> "
                        + new TreeMap<>(r.get("b").asMap()) + " " + new TreeMap<>(r.get("props").asMap())));
        lines.sort(null);
        return lines;
    }
}
