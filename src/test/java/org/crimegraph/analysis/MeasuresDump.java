package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Writes every per-vertex measure of {@link NetworkScoring} for graphs given as files, for
 * scripts/verify_measures.py to compare with NetworkX and igraph.
 *
 * <p>Usage: {@code MeasuresDump DIR}. For each {@code DIR/NAME.csv} (header {@code source,target,weight},
 * one line per undirected link) and {@code DIR/NAME.nodes} (every vertex id, one a line, so that
 * isolated vertices are kept) it writes {@code DIR/NAME.hops.out} (path length in hops) and
 * {@code DIR/NAME.inverse.out} (path length 1/weight), CSV with a header {@code id} and the keys of
 * {@link VertexScore#MEASURES}, each value with full (round-trip) precision.
 */
public final class MeasuresDump {

    private MeasuresDump() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: MeasuresDump DIR");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        List<Path> inputs = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.csv")) {
            files.forEach(inputs::add);
        }
        inputs.sort(null);
        for (Path input : inputs) {
            String name = input.getFileName().toString().replaceFirst("\\.csv$", "");
            Graph<String, DefaultWeightedEdge> graph = read(input, dir.resolve(name + ".nodes"));
            IndexedGraph<String> indexed = IndexedGraph.of(graph);
            write(new NetworkScoring<>(indexed, NetworkScoring.Parameters.of(PathLength.HOPS, 2)).compute(), dir.resolve(name + ".hops.out"));
            write(new NetworkScoring<>(indexed, NetworkScoring.Parameters.of(PathLength.INVERSE_WEIGHT, 2)).compute(),
                    dir.resolve(name + ".inverse.out"));
            System.err.printf("scored %s: %d vertices, %d links%n", name, indexed.vertexCount(), indexed.edgeCount());
        }
    }

    private static Graph<String, DefaultWeightedEdge> read(Path edges, Path nodes) throws IOException {
        Graph<String, DefaultWeightedEdge> graph = SampleGraphs.empty();
        for (String line : Files.readAllLines(nodes, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                graph.addVertex(line.strip());
            }
        }
        List<String> lines = Files.readAllLines(edges, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                String[] parts = line.split(",");
                SampleGraphs.link(graph, parts[0], parts[1], Double.parseDouble(parts[2]));
            }
        }
        return graph;
    }

    private static void write(NetworkScores<String> scores, Path file) throws IOException {
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.println("id," + String.join(",", VertexScore.MEASURES));
            for (VertexScore<String> s : scores.scores()) {
                StringBuilder row = new StringBuilder(s.vertex());
                s.measures().values().forEach(v -> row.append(',').append(v));
                out.println(row);
            }
        }
    }
}
