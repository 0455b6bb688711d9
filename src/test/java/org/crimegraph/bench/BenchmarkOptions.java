package org.crimegraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command-line options of {@link AnalysisBenchmark}.
 *
 * @param sizes               graphs as {vertices, edges}
 * @param full                also run the hour-scale parts (exact betweenness at the large size, JGraphT closeness)
 * @param gds                 run the GDS peer
 * @param igraph              run the igraph peer
 * @param jgraphtBetweenness  run JGraphT's betweenness (minutes at 10k/50k)
 * @param jgraphtCapSeconds   CPU seconds after which JGraphT's betweenness is stopped and extrapolated (0: no cap)
 * @param seed                generator seed
 * @param out                 markdown file whose Analysis section is (re)written, or null
 * @param work                folder for generated files (edge lists, the GDS database)
 */
record BenchmarkOptions(List<int[]> sizes, boolean full, boolean gds, boolean igraph, boolean jgraphtBetweenness,
                        double jgraphtCapSeconds, int gdsSample, long seed, Path out, Path work) {


    static BenchmarkOptions parse(String[] args) {
        List<int[]> sizes = List.of(new int[] {10_000, 50_000}, new int[] {100_000, 500_000});
        boolean full = false;
        boolean gds = true;
        boolean igraph = true;
        boolean jgraphtBetweenness = true;
        long seed = 20251122L;
        double cap = 60;
        int gdsSample = 500;
        Path work = Path.of("target/bench");
        Path out = Path.of("docs/performance.md");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--full" -> full = true;
                case "--no-gds" -> gds = false;
                case "--no-igraph" -> igraph = false;
                case "--no-jgrapht-betweenness" -> jgraphtBetweenness = false;
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--jgrapht-cap" -> cap = Double.parseDouble(args[++i]);
                case "--gds-sample" -> gdsSample = Integer.parseInt(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--no-write" -> out = null;
                case "--sizes" -> {
                    List<int[]> parsed = new ArrayList<>();
                    for (String size : args[++i].split(",")) {
                        String[] parts = size.split(":");
                        parsed.add(new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])});
                    }
                    sizes = parsed;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --full --sizes N:M[,N:M] --no-gds --no-igraph --no-jgrapht-betweenness"
                        + " --jgrapht-cap CPU_SECONDS --gds-sample SOURCES --seed S --out FILE --no-write --work DIR");
            }
        }
        if (full) {
            cap = 0;
        }
        return new BenchmarkOptions(sizes, full, gds, igraph, jgraphtBetweenness, cap, gdsSample, seed, out, work);
    }

    /** The command line that reproduces this run. */
    String commandLine() {
        StringBuilder s = new StringBuilder("scripts/bench-analysis");
        if (full) {
            s.append(" --full");
        }
        if (!gds) {
            s.append(" --no-gds");
        }
        if (!igraph) {
            s.append(" --no-igraph");
        }
        if (!jgraphtBetweenness) {
            s.append(" --no-jgrapht-betweenness");
        }
        if (!full && jgraphtCapSeconds != 60) {
            s.append(" --jgrapht-cap ").append(jgraphtCapSeconds);
        }
        if (gdsSample != 500) {
            s.append(" --gds-sample ").append(gdsSample);
        }
        if (seed != 20251122L) {
            s.append(" --seed ").append(seed);
        }
        s.append(" --sizes ").append(String.join(",", sizes.stream().map(z -> z[0] + ":" + z[1]).toList()));
        return s.toString();
    }
}
