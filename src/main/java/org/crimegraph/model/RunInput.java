package org.crimegraph.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a saved scoring run was computed on: the projected network's size and the store's contents.
 *
 * @param persons        persons in the projected network
 * @param links          links in the projected network
 * @param componentSizes connected component sizes, largest first
 * @param inputCounts    node counts by label in the store when the run started
 */
public record RunInput(int persons, int links, List<Integer> componentSizes, Map<String, Long> inputCounts) {

    public RunInput {
        componentSizes = List.copyOf(componentSizes);
        inputCounts = Collections.unmodifiableMap(new LinkedHashMap<>(inputCounts));
    }
}
