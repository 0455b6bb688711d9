package org.crimegraph.analysis.timeline;

import java.util.List;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.Target;
import org.crimegraph.analysis.community.Communities;
import org.crimegraph.graph.PersonNetwork;

/**
 * One window's person network, scored: the input of {@link Timeline#of}.
 *
 * @param window      the time window
 * @param network     the persons linked by evidence in the window, and their links
 * @param scores      every person's measures, or null when the window has no persons
 * @param communities the Leiden partition (indexed like {@code scores}), or null when the window has no persons
 * @param targets     the composite target ranking, best first (empty when no persons)
 */
public record ScoredWindow(TimeWindow window, PersonNetwork network, NetworkScores<String> scores,
                           Communities communities, List<Target> targets) {

    public ScoredWindow {
        targets = List.copyOf(targets);
        if ((scores == null) != (communities == null)) {
            throw new IllegalArgumentException("scores and communities go together");
        }
    }

    /** True if no person has a link in the window. */
    public boolean empty() {
        return scores == null || scores.size() == 0;
    }
}
