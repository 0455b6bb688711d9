package org.crimegraph.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;
import org.crimegraph.store.GraphStore;

/** Scores the network in a store and records the scoring run in the audit log. */
final class ScoreStep {

    private ScoreStep() {
    }

    static ScoringResult run(GraphStore store, ProjectionFilter filter, Integer threads, AuditOptions audit,
                             StoreOptions storeOptions) {
        return run(store, filter, threads, audit, storeOptions, "score", Map.of(), BetweennessMethod.EXACT,
                NetworkScoringJob.DEFAULT_SEED);
    }

    /**
     * Scores and records the run as {@code command} in the audit log, with extra parameters (e.g. the
     * person looked up by {@code node}).
     */
    static ScoringResult run(GraphStore store, ProjectionFilter filter, Integer threads, AuditOptions audit,
                             StoreOptions storeOptions, String command, Map<String, Object> extra,
                             BetweennessMethod method, long seed) {
        return run(store, filter, threads, audit, storeOptions, command, extra, method, seed, Monitor.NONE);
    }

    /** The same, with progress and cancellation. */
    static ScoringResult run(GraphStore store, ProjectionFilter filter, Integer threads, AuditOptions audit,
                             StoreOptions storeOptions, String command, Map<String, Object> extra,
                             BetweennessMethod method, long seed, Monitor monitor) {
        int threadCount = threads == null ? NetworkScoringJob.defaultThreads() : threads;
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        ScoringResult result = new NetworkScoringJob(store, new NetworkScoringJob.Parameters(threadCount, method, seed))
                .run(filter, monitor);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("threads", threadCount);
        parameters.put("persons", result.network().graph().vertexSet().size());
        parameters.put("links", result.network().graph().edgeSet().size());
        parameters.putAll(extra);
        parameters.put("betweenness", result.scores().betweennessMethod());
        parameters.put("seed", seed);
        parameters.put("communities", result.communities().toString());
        parameters.put("topTargets", result.targets().stream().limit(10).map(t -> t.personId()).toList());
        audit.record(storeOptions, store, AuditEvent.of(command).with(parameters).release(filter.describe()));
        return result;
    }
}
