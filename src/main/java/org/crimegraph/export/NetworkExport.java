package org.crimegraph.export;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crimegraph.analysis.NetworkScores;
import org.crimegraph.analysis.Target;
import org.crimegraph.graph.PersonNetwork;

/**
 * Everything one export writes: the person network as released, its scores, the ranked targets,
 * and the two statements every output must carry (design.md §3 and the handling rules): which
 * release rule produced this network and how path lengths were measured.
 *
 * <p>The export does not filter anything itself: the caller applies the release rule (for example
 * keeps only links whose handling code is P) before building the network, and states the rule here
 * so that it travels with the files.
 *
 * @param network     the person network, already restricted by the release rule
 * @param scores      scores of exactly that network
 * @param targets     ranked targets (all persons or the top few), best first
 * @param releaseRule human-readable rule applied, e.g. {@code "internal: all reports"} or
 *                    {@code "release to partner: handling code P only"}
 * @param pathLength  how path lengths were measured, e.g. {@code "1/weight, strong tie = short link"}
 */
public record NetworkExport(
        PersonNetwork network,
        NetworkScores<String> scores,
        List<Target> targets,
        String releaseRule,
        String pathLength) {

    public NetworkExport {
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(scores, "scores");
        targets = List.copyOf(targets);
        if (releaseRule == null || releaseRule.isBlank()) {
            throw new IllegalArgumentException("an export must state the release rule applied");
        }
        if (pathLength == null || pathLength.isBlank()) {
            throw new IllegalArgumentException("an export must state how path lengths were measured");
        }
        Set<String> persons = network.graph().vertexSet();
        if (scores.size() != persons.size()) {
            throw new IllegalArgumentException("scores were not computed on this network: "
                    + scores.size() + " scored, " + persons.size() + " persons");
        }
        Set<String> ranked = new HashSet<>();
        for (Target target : targets) {
            if (!persons.contains(target.personId())) {
                throw new IllegalArgumentException("target " + target.personId() + " is not in the network");
            }
            if (!ranked.add(target.personId())) {
                throw new IllegalArgumentException("target " + target.personId() + " is ranked twice");
            }
        }
    }

    /**
     * An export whose path-length statement is the one the scores were computed with.
     */
    public static NetworkExport of(PersonNetwork network, NetworkScores<String> scores, List<Target> targets,
                                   String releaseRule) {
        return new NetworkExport(network, scores, targets, releaseRule, scores.pathLength().description());
    }
}
