package org.crimegraph.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * A seeded force-directed layout: T. M. J. Fruchterman and E. M. Reingold, "Graph drawing by
 * force-directed placement", Software: Practice and Experience 21(11):1129–1164, 1991, as JGraphT's
 * {@link FRLayoutAlgorithm2D} implements it (linked persons attract, all persons repel, a cooling
 * temperature bounds each move; O(iterations · (n² + m))). The same graph and seed give the same
 * positions: the random initial placement comes from {@code new Random(seed)} and JGraphT visits vertices
 * in the graph's insertion order.
 *
 * <p>Separate components are laid out apart, so that the repulsion does not push small ones into the
 * corners on top of each other: the largest component fills the top of the box (a share of its height
 * equal to its share of the persons, kept between {@value #MIN_MAIN_SHARE} and {@value #MAX_MAIN_SHARE}),
 * the others, largest first, fill a grid of near-square cells in the strip below, each laid out on its
 * own (seed + its position in that order).
 */
public final class NetworkLayout {

    /** Iterations of the force simulation. */
    public static final int ITERATIONS = 300;

    private NetworkLayout() {
    }

    /** Least and greatest share of the height given to the largest component when there are others. */
    static final double MIN_MAIN_SHARE = 0.55;
    static final double MAX_MAIN_SHARE = 0.85;
    private static final double CELL_PADDING = 0.12;

    /**
     * Positions of every vertex inside a {@code width × height} box.
     *
     * @param seed seed of the initial placement
     */
    public static <V> Map<V, double[]> of(Graph<V, ?> graph, long seed, double width, double height) {
        List<V> order = new ArrayList<>(graph.vertexSet());
        Map<V, Integer> index = new java.util.HashMap<>();
        order.forEach(v -> index.put(v, index.size()));
        List<Set<V>> components = new ArrayList<>(new ConnectivityInspector<>(cast(graph)).connectedSets());
        components.sort(Comparator.comparing((Set<V> c) -> -c.size())
                .thenComparing(c -> c.stream().mapToInt(index::get).min().orElse(0)));
        Map<V, double[]> positions = new LinkedHashMap<>();
        if (order.isEmpty()) {
            return positions;
        }
        if (components.size() <= 1) {
            place(graph, seed, 0, 0, width, height, positions);
            return ordered(order, positions);
        }
        double share = Math.max(MIN_MAIN_SHARE, Math.min(MAX_MAIN_SHARE,
                (double) components.get(0).size() / order.size()));
        place(new AsSubgraph<>(cast(graph), components.get(0)), seed, 0, 0, width, height * share, positions);
        int others = components.size() - 1;
        double stripHeight = height * (1 - share);
        int columns = Math.max(1, Math.min(others, (int) Math.ceil(Math.sqrt(others * width / stripHeight))));
        int rows = (others + columns - 1) / columns;
        double cellWidth = width / columns;
        double cellHeight = stripHeight / rows;
        for (int i = 0; i < others; i++) {
            double x = (i % columns) * cellWidth + CELL_PADDING * cellWidth;
            double y = height * share + (i / columns) * cellHeight + CELL_PADDING * cellHeight;
            place(new AsSubgraph<>(cast(graph), components.get(i + 1)), seed + i + 1, x, y,
                    cellWidth * (1 - 2 * CELL_PADDING), cellHeight * (1 - 2 * CELL_PADDING), positions);
        }
        return ordered(order, positions);
    }

    private static <V> void place(Graph<V, ?> graph, long seed, double x, double y, double width, double height,
                                  Map<V, double[]> positions) {
        MapLayoutModel2D<V> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        new FRLayoutAlgorithm2D<V, Object>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                new Random(seed)).layout(cast(graph), model);
        for (V v : graph.vertexSet()) {
            Point2D p = model.get(v);
            positions.put(v, new double[]{x + p.getX(), y + p.getY()});
        }
    }

    private static <V> Map<V, double[]> ordered(List<V> order, Map<V, double[]> positions) {
        Map<V, double[]> byOrder = new LinkedHashMap<>();
        order.forEach(v -> byOrder.put(v, positions.get(v)));
        return byOrder;
    }

    @SuppressWarnings("unchecked")
    private static <V> Graph<V, Object> cast(Graph<V, ?> graph) {
        return (Graph<V, Object>) graph;
    }
}
