package org.crimegraph.bench;

/**
 * One timing of the benchmark.
 *
 * @param graph       graph label, e.g. {@code 10k/50k}
 * @param measure     what was computed, e.g. {@code betweenness}
 * @param tool        who computed it: crimegraph, JGraphT, GDS, igraph
 * @param threads     threads (GDS: concurrency)
 * @param wallSeconds wall-clock seconds
 * @param cpuSeconds  CPU seconds of the process (NaN if unknown)
 * @param basis       "measured", or how the figure was derived (extrapolated, sampled), or why it is missing
 * @param note        what the run produced (a checksum of the result, iterations, modularity)
 */
record Result(String graph, String measure, String tool, int threads, double wallSeconds, double cpuSeconds,
              String basis, String note) {

    static final String MEASURED = "measured";

    boolean measured() {
        return MEASURED.equals(basis);
    }

    boolean failed() {
        return Double.isNaN(wallSeconds);
    }

    static Result failure(String graph, String measure, String tool, int threads, String why) {
        return new Result(graph, measure, tool, threads, Double.NaN, Double.NaN, "failed", why);
    }
}
