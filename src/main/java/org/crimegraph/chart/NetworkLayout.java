package org.crimegraph.chart;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
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
 */
public final class NetworkLayout {

    /** Iterations of the force simulation. */
    public static final int ITERATIONS = 300;

    private NetworkLayout() {
    }

    /**
     * Positions of every vertex inside a {@code width × height} box.
     *
     * @param seed seed of the initial placement
     */
    public static <V> Map<V, double[]> of(Graph<V, ?> graph, long seed, double width, double height) {
        MapLayoutModel2D<V> model = new MapLayoutModel2D<>(Box2D.of(width, height));
        if (!graph.vertexSet().isEmpty()) {
            new FRLayoutAlgorithm2D<V, Object>(ITERATIONS, FRLayoutAlgorithm2D.DEFAULT_NORMALIZATION_FACTOR,
                    new Random(seed)).layout(cast(graph), model);
        }
        Map<V, double[]> positions = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            Point2D p = model.get(v);
            positions.put(v, new double[]{p.getX(), p.getY()});
        }
        return positions;
    }

    @SuppressWarnings("unchecked")
    private static <V> Graph<V, Object> cast(Graph<V, ?> graph) {
        return (Graph<V, Object>) graph;
    }
}
