package org.crimegraph.analysis;

import org.crimegraph.graph.PathLength;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes the standard per-vertex views of a network (docs/design.md §4) in one pass over a shared
 * {@link IndexedGraph}: degree and strength, exact betweenness with closeness and harmonic
 * centrality from the same searches ({@link BrandesBetweenness}; or all three sampled with stated
 * bounds, {@link ApproximateBetweenness} and {@link SampledDistances}, as the {@link BetweennessMethod}
 * or a {@link ScoringPlan} within a time budget says), weighted PageRank
 * ({@link WeightedPageRank}), eigenvector centrality ({@link EigenvectorCentrality}), core numbers
 * ({@link CoreDecomposition}), local clustering ({@link LocalClustering}), connected components
 * ({@link ConnectedComponents})
 * and articulation points with their removal effect ({@link ArticulationPoints}).
 *
 * <p>Why one class: every caller that ranks or explains targets needs all of these together, and
 * building the CSR view once is the main fixed cost.
 *
 * <p>Contract (as for every algorithm here, after Neo4j GDS): {@link Parameters} with validated
 * defaults, {@link #compute(Monitor)} explicit, progress reported and cancellation honoured by the
 * long parts (betweenness, closeness, harmonic, PageRank, eigenvector); PageRank's and eigenvector's
 * convergence travel with the result ({@link NetworkScores#notConverged()}).
 *
 * @param <V> vertex type
 */
public final class NetworkScoring<V extends Comparable<V>> {

    /**
     * How the scores are computed.
     *
     * @param pathLength  how betweenness, closeness and harmonic measure path length
     * @param threads     worker threads for the path measures (at least 1)
     * @param betweenness exact, sampled (betweenness, closeness and harmonic), or chosen by a budget
     */
    public record Parameters(PathLength pathLength, int threads, BetweennessMethod betweenness) {

        public Parameters {
            if (pathLength == null || betweenness == null) {
                throw new IllegalArgumentException("pathLength and betweenness are required");
            }
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1: " + threads);
            }
        }

        /** Exact betweenness on 1/weight lengths (the default everywhere) with {@code threads} threads. */
        public static Parameters defaults(int threads) {
            return new Parameters(PathLength.INVERSE_WEIGHT, threads, BetweennessMethod.EXACT);
        }

        /** The same with another path length. */
        public static Parameters of(PathLength pathLength, int threads) {
            return new Parameters(pathLength, threads, BetweennessMethod.EXACT);
        }
    }

    private final IndexedGraph<V> graph;
    private final Parameters parameters;
    private final PathMeasures searches;

    /** @param graph the graph, as its CSR view */
    public NetworkScoring(IndexedGraph<V> graph, Parameters parameters) {
        this(graph, parameters, PathMeasures.LOCAL);
    }

    /**
     * @param graph    the graph, as its CSR view
     * @param searches where the shortest-path searches run ({@link PathMeasures#LOCAL}: this JVM); the
     *                 mode records it
     */
    public NetworkScoring(IndexedGraph<V> graph, Parameters parameters, PathMeasures searches) {
        if (searches == null) {
            throw new IllegalArgumentException("searches is required");
        }
        this.graph = graph;
        this.parameters = parameters;
        this.searches = searches;
    }

    /** The CSR view the scores are indexed by. */
    public IndexedGraph<V> graph() {
        return graph;
    }

    /** The steps without progress of their own, each reported while it runs ({@link Monitor#during}). */
    public static final String CORE_TASK = "k-core";
    public static final String CLUSTERING_TASK = "clustering";
    public static final String COMPONENTS_TASK = "components";
    public static final String ARTICULATION_TASK = "articulation points and bridges";
    public static final String DIAMETER_TASK = "scoring plan: vertex-diameter bound";

    /** {@link #compute(Monitor)} without progress or cancellation. */
    public NetworkScores<V> compute() {
        return compute(Monitor.NONE);
    }

    /**
     * Computes every score; every call computes afresh.
     *
     * @throws ComputationCancelledException if the monitor's termination is cancelled meanwhile
     */
    public NetworkScores<V> compute(Monitor monitor) {
        PathLength pathLength = parameters.pathLength();
        int threads = parameters.threads();
        BetweennessScores betweenness;
        DistanceScores distances;
        String description;
        ScoringMode mode;
        String plan = null;
        BetweennessMethod method = parameters.betweenness();
        if (method instanceof BetweennessMethod.Budgeted budgeted) {
            ScoringPlan chosen = plan(budgeted, monitor);
            method = chosen.method();
            plan = chosen.describe();
        }
        if (method instanceof BetweennessMethod.Sampled sampledMethod) {
            ApproximateBetweennessScores approximate = approximate(sampledMethod.betweenness(), monitor);
            SampledDistanceScores sampled = searches.sampledDistances(graph, new SamplingParameters(pathLength,
                    sampledMethod.epsilon(), sampledMethod.delta(), sampledMethod.seed(), threads), monitor);
            betweenness = approximate.betweenness();
            distances = sampled.distances();
            description = approximate.describe();
            mode = new ScoringMode(true, sampledMethod.epsilon(), sampledMethod.delta(), sampledMethod.seed(),
                    approximate.samples(), sampled.samples(), plan);
        } else if (method instanceof BetweennessMethod.Approximate a) {
            ApproximateBetweennessScores approximate = approximate(a, monitor);
            betweenness = approximate.betweenness();
            distances = searches.exact(graph, new BrandesBetweenness.Parameters(pathLength, threads, false), monitor)
                    .distances();
            description = approximate.describe();
            mode = new ScoringMode(true, a.epsilon(), a.delta(), a.seed(), approximate.samples(), 0, plan);
        } else {
            BrandesBetweenness.Result brandes = searches.exact(graph, BrandesBetweenness.Parameters.of(pathLength, threads),
                    monitor);
            betweenness = brandes.betweenness();
            distances = brandes.distances();
            description = method.describe();
            mode = ScoringMode.exact(plan);
        }
        mode = mode.on(searches.engine());
        Convergence.Scores pageRank = new WeightedPageRank<>(graph).compute(monitor);
        Convergence.Scores eigenvector = new EigenvectorCentrality<>(graph).compute(monitor);
        monitor.check();
        CoreDecomposition<V> cores = monitor.during(CORE_TASK, () -> new CoreDecomposition<>(graph));
        LocalClustering<V> clustering = monitor.during(CLUSTERING_TASK, () -> new LocalClustering<>(graph));
        ConnectedComponents<V> components = monitor.during(COMPONENTS_TASK, () -> new ConnectedComponents<>(graph));
        monitor.check();
        ArticulationPoints<V> cuts = monitor.during(ARTICULATION_TASK, () -> new ArticulationPoints<>(graph));
        monitor.check();
        List<VertexScore<V>> list = new ArrayList<>(graph.vertexCount());
        for (int i = 0; i < graph.vertexCount(); i++) {
            VertexCentrality centrality = new VertexCentrality(graph.degree(i), graph.strength(i), betweenness.raw(i),
                    betweenness.normalised(i), pageRank.values()[i], distances.closeness(i), distances.harmonic(i),
                    eigenvector.values()[i]);
            VertexPosition position = new VertexPosition(cores.coreness(i), clustering.coefficient(i),
                    components.componentOf(i), cuts.isArticulationPoint(i), cuts.removalEffect(i));
            list.add(new VertexScore<>(graph.vertex(i), i, centrality, position));
        }
        List<Integer> sizes = new ArrayList<>();
        for (int size : components.sizes()) {
            sizes.add(size);
        }
        return new NetworkScores<>(pathLength, list, sizes, cuts.bridges(), description, mode, pageRank.convergence(),
                eigenvector.convergence());
    }

    private ApproximateBetweennessScores approximate(BetweennessMethod.Approximate a, Monitor monitor) {
        return searches.approximate(graph, new SamplingParameters(parameters.pathLength(),
                a.epsilon(), a.delta(), a.seed(), parameters.threads()), monitor);
    }

    /** The budget's choice for this graph (one search per component bounds the vertex diameter first). */
    private ScoringPlan plan(BetweennessMethod.Budgeted budgeted, Monitor monitor) {
        int diameter = monitor.during(DIAMETER_TASK,
                () -> ApproximateBetweenness.vertexDiameterBound(graph, parameters.pathLength(), monitor.termination()));
        return ScoringPlan.choose(graph.vertexCount(), graph.edgeCount(), diameter, parameters.threads(),
                budgeted.budget(), budgeted.delta(), budgeted.seed());
    }
}
