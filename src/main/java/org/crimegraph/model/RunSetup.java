package org.crimegraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a saved scoring run was made, so it can be compared and reproduced.
 *
 * @param version      crimegraph version that scored
 * @param release      the evidence rule: most restrictive handling code and weakest grade used, and in words
 * @param threads      threads used
 * @param seed         seed handed to randomised analyses (communities, sampling)
 * @param pathLength   how path lengths were measured
 * @param measureNames names of the per-person measures, in order
 * @param mode         exact or sampled all-pairs measures ({@link RunMode#UNRECORDED} for older runs)
 * @param communities  how the communities were found, in words ({@value #ONE_LEIDEN_RUN} for runs saved before
 *                     consensus communities)
 */
public record RunSetup(String version, ReleaseRule release, int threads, long seed, String pathLength,
                       List<String> measureNames, RunMode mode, String communities) {

    /** The communities of a run without consensus: one Leiden run with the run's seed. */
    public static final String ONE_LEIDEN_RUN = "Leiden, the run's seed";

    public RunSetup {
        Objects.requireNonNull(release, "release");
        measureNames = List.copyOf(measureNames);
        if (communities == null) {
            communities = ONE_LEIDEN_RUN;
        }
        mode = mode == null ? RunMode.UNRECORDED : mode;
    }

    /** A setup without a recorded mode, its communities from one Leiden run. */
    public RunSetup(String version, ReleaseRule release, int threads, long seed, String pathLength,
                    List<String> measureNames) {
        this(version, release, threads, seed, pathLength, measureNames, RunMode.UNRECORDED, null);
    }

    /** The evidence rule in words. */
    public String releaseRule() {
        return release.description();
    }

    /**
     * The rules the run was scored under, named and ordered as the stored run, {@code runs --format json}
     * and the run summary write them: the evidence rule in words and its parts, threads and seed.
     */
    public Map<String, Object> rules() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("releaseRule", releaseRule());
        rules.put("maxHandling", release.maxHandling().name());
        rules.put("minGrade", release.minGradeCode());
        rules.put("threads", threads);
        rules.put("seed", seed);
        return rules;
    }
}
