package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.scoring.EdgeListScoring;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;

/**
 * Scores a network from an edge-list file ({@code --edges}) without a store, and records the run in
 * the audit log with the input file's SHA-256 (no store is open, so the line is not anchored).
 */
final class EdgeListStep {

    private EdgeListStep() {
    }

    /** Reads and scores the file; {@code command} names the audit line, or null for none (the caller records one). */
    static ScoringResult score(Path edges, Integer threads, BetweennessMethod method, long seed, String command,
                               AuditOptions audit, StoreOptions storeOptions) {
        int threadCount = threads == null ? NetworkScoringJob.defaultThreads() : threads;
        if (threadCount < 1) {
            throw new IllegalArgumentException("--threads must be at least 1");
        }
        ScoringResult result = EdgeListScoring.score(edges, threadCount, method, seed, System.err);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("edges", edges.toString());
        parameters.put("threads", threadCount);
        parameters.put("persons", result.network().graph().vertexSet().size());
        parameters.put("links", result.network().graph().edgeSet().size());
        parameters.put("betweenness", result.scores().betweennessMethod());
        parameters.put("seed", seed);
        if (command == null) {
            return result;
        }
        try {
            audit.recordWithoutStore(storeOptions, AuditEvent.of(command).with(parameters)
                    .input(edges + " sha256:" + org.crimegraph.export.WrittenFile.hash(edges).sha256()).release(result.evidence()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
