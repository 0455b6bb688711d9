package org.crimegraph.model;

import java.util.List;
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
 */
public record RunSetup(String version, ReleaseRule release, int threads, long seed, String pathLength,
                       List<String> measureNames, RunMode mode) {

    public RunSetup {
        Objects.requireNonNull(release, "release");
        measureNames = List.copyOf(measureNames);
        mode = mode == null ? RunMode.UNRECORDED : mode;
    }

    /** A setup without a recorded mode. */
    public RunSetup(String version, ReleaseRule release, int threads, long seed, String pathLength,
                    List<String> measureNames) {
        this(version, release, threads, seed, pathLength, measureNames, RunMode.UNRECORDED);
    }

    /** The evidence rule in words. */
    public String releaseRule() {
        return release.description();
    }
}
