package org.crimegraph.export;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.crimegraph.graph.PersonNetwork;
import org.crimegraph.model.PersonResult;

/**
 * Everything one export writes: the person network as released, every person's results (measures,
 * rank, community, key-player flag, articulation point), and the statements every output must
 * carry (docs/design.md §3 and the handling rules): which release rule produced this network, how path
 * lengths were measured, and which saved run the results come from.
 *
 * <p>The export does not filter anything itself: the caller projects the network under the release
 * rule (for a partner, only evidence from reports with handling code P) and scores that network, so
 * derived links and scores carry nothing from withheld reports; the rule is stated here so that it
 * travels with the files.
 *
 * @param network        the person network, already restricted by the release rule
 * @param persons        one result per person of the network, best rank first
 * @param measureNames   names of the measures in each person's results, in column order
 * @param componentSizes connected component sizes, largest first
 * @param releaseRule    human-readable rule applied, e.g. {@code "only reports with handling code P"}
 * @param pathLength     how path lengths were measured, e.g. {@code "1/weight, strong tie = short link"}
 * @param runId          the saved scoring run the results come from, or null if scored for this export
 * @param sortMeasure    the measure the files list persons by, highest first, or null for the composite rank
 */
public record NetworkExport(
        PersonNetwork network,
        List<PersonResult> persons,
        List<String> measureNames,
        List<Integer> componentSizes,
        String releaseRule,
        String pathLength,
        String runId,
        String sortMeasure) {

    /** An export listing persons by the composite score's rank. */
    public NetworkExport(PersonNetwork network, List<PersonResult> persons, List<String> measureNames,
                         List<Integer> componentSizes, String releaseRule, String pathLength, String runId) {
        this(network, persons, measureNames, componentSizes, releaseRule, pathLength, runId, null);
    }

    public NetworkExport {
        Objects.requireNonNull(network, "network");
        persons = List.copyOf(persons);
        measureNames = List.copyOf(measureNames);
        componentSizes = List.copyOf(componentSizes);
        if (releaseRule == null || releaseRule.isBlank()) {
            throw new IllegalArgumentException("an export must state the release rule applied");
        }
        if (pathLength == null || pathLength.isBlank()) {
            throw new IllegalArgumentException("an export must state how path lengths were measured");
        }
        Set<String> vertices = network.graph().vertexSet();
        Set<String> seen = new HashSet<>();
        for (PersonResult person : persons) {
            if (!vertices.contains(person.personId())) {
                throw new IllegalArgumentException("person " + person.personId() + " is not in the network");
            }
            if (!seen.add(person.personId())) {
                throw new IllegalArgumentException("person " + person.personId() + " has two results");
            }
        }
        if (seen.size() != vertices.size()) {
            throw new IllegalArgumentException("results were not computed on this network: "
                    + seen.size() + " scored, " + vertices.size() + " persons");
        }
    }

    /** What {@code --sort} accepts besides a measure name: the composite score (the default order). */
    public static final String SCORE = "score";

    /**
     * The same export with its persons ordered by one measure, highest first (ties by composite rank, then id),
     * or unchanged for {@link #SCORE} or null.
     *
     * @throws IllegalArgumentException for a measure this export does not carry, naming the valid ones
     */
    public NetworkExport sortedBy(String measure) {
        if (measure == null || measure.equals(SCORE)) {
            return this;
        }
        if (!measureNames.contains(measure)) {
            throw new IllegalArgumentException("unknown measure '" + measure + "' for --sort; valid: " + SCORE + ", "
                    + String.join(", ", measureNames));
        }
        return new NetworkExport(network, persons, measureNames, componentSizes, releaseRule, pathLength, runId, measure);
    }

    /** The same export holding only {@code kept} persons' results (and the links among them), in the same order. */
    public NetworkExport restrictedTo(PersonNetwork kept, List<PersonResult> results) {
        return new NetworkExport(kept, results, measureNames, componentSizes, releaseRule, pathLength, runId, sortMeasure);
    }

    /** How {@link #sortedBy} ordered the persons, for the manifest. */
    public static String orderDescription(String measure) {
        // the files' order: see NodeRow.of
        return measure == null || measure.equals(SCORE) ? ExportContext.RANK_ORDER : measure + ", highest first";
    }

    /** True if the persons carry communities; without them no community column is written. */
    public boolean hasCommunities() {
        return persons.stream().anyMatch(p -> p.community() != null);
    }

    /** True if the communities are a consensus with each person's stability; without it no stability column. */
    public boolean hasCommunityStability() {
        return persons.stream().anyMatch(p -> p.place().communityStability() != null);
    }

    /** True if a key-player set was computed (it has members); without one no key-player column is written. */
    public boolean hasKeyPlayers() {
        return persons.stream().anyMatch(PersonResult::keyPlayer);
    }

    /** Persons with a rank. */
    public long ranked() {
        return persons.stream().filter(p -> p.rank() != null).count();
    }
}
