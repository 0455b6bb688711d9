package org.crimegraph.app.score;

import java.util.Map;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.StoreUseCase;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.PathLength;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;

/** Use case: score the person network of a store under a release rule, and record the scoring in the audit log. */
public final class ScoreNetwork extends StoreUseCase<ScoreNetwork.Request, ScoringResult> {

    /**
     * @param filter  which reports and evidence the network rests on
     * @param threads threads for betweenness, or null for all cores
     * @param method  exact or approximate betweenness
     * @param seed    seed for randomised analyses (communities, sampling)
     * @param command the action the audit line names ({@code score}, {@code node}, …)
     * @param extra   further audit parameters (e.g. the person {@code node} looked up)
     * @param pathLength how betweenness, closeness and harmonic measure path length
     */
    public record Request(ProjectionFilter filter, Integer threads, BetweennessMethod method, long seed, String command,
                          Map<String, Object> extra, PathLength pathLength) {

        public Request {
            extra = Map.copyOf(extra);
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            if (pathLength == null) {
                throw new IllegalArgumentException("pathLength is required");
            }
        }

        /** With 1/weight path lengths, the default for store data. */
        public Request(ProjectionFilter filter, Integer threads, BetweennessMethod method, long seed, String command,
                       Map<String, Object> extra) {
            this(filter, threads, method, seed, command, extra, PathLength.INVERSE_WEIGHT);
        }

        /** {@code score} with exact betweenness and the default seed. */
        public static Request of(ProjectionFilter filter, Integer threads) {
            return new Request(filter, threads, BetweennessMethod.EXACT, NetworkScoringJob.DEFAULT_SEED, "score", Map.of());
        }

        /** The threads used: as asked, or all cores. */
        public int threadCount() {
            return threads == null ? NetworkScoringJob.defaultThreads() : threads;
        }

        /** The audit line of this scoring. */
        AuditEvent audit(ScoringResult result) {
            return AuditEvent.of(command).with("threads", threadCount())
                    .with("persons", result.network().graph().vertexSet().size())
                    .with("links", result.network().graph().edgeSet().size())
                    .with(extra)
                    .with("betweenness", result.scores().betweennessMethod())
                    .with("mode", result.scores().mode().describe())
                    .with("pathLength", pathLength.description())
                    .with("seed", seed)
                    .with("communities", result.communities().toString())
                    .with("topTargets", result.targets().stream().limit(10).map(t -> t.personId()).toList())
                    .release(filter.describe());
        }
    }

    public ScoreNetwork(Auditor auditor) {
        super(auditor);
    }

    /** Scores, reporting progress to {@code monitor} and stopping when it is cancelled. */
    @Override
    public ScoringResult run(GraphStore store, Request request, Monitor monitor) {
        ScoringResult result = new NetworkScoringJob(store, new NetworkScoringJob.Parameters(request.threadCount(),
                request.method(), request.seed(), request.pathLength())).run(request.filter(), monitor);
        auditor.record(store, request.audit(result));
        return result;
    }
}
