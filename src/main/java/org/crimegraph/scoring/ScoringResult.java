package org.crimegraph.scoring;

import java.util.List;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.Target;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.graph.ProjectionFilter;

/**
 * One scoring of the person network: the network as projected under a filter, every person's scores,
 * and the ranked targets with their reasons.
 */
public record ScoringResult(ProjectionFilter filter, PersonNetwork network, NetworkScores<String> scores,
                            List<Target> targets) {
}
