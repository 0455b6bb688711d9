package org.crimegraph.app.score;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.crimegraph.analysis.BetweennessMethod;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.export.WrittenFile;
import org.crimegraph.graph.PathLength;
import org.crimegraph.scoring.EdgeListScoring;
import org.crimegraph.scoring.NetworkScoringJob;
import org.crimegraph.scoring.ScoringResult;

/**
 * Use case: score a network from an edge-list file ({@code --edges}) without a store, and record it in
 * the audit log with the input file's SHA-256 (no store is open, so the line is not anchored).
 */
public final class ScoreEdgeList {

    /**
     * @param edges   the edge-list CSV
     * @param threads threads, or null for all cores
     * @param command the action the audit line names, or null for none (the caller records its own line)
     * @param pathLength how betweenness, closeness and harmonic measure path length (default for edge lists:
     *                   1/weight, as for store data; {@code hops} gives NetworkX's and UCINET's unweighted values)
     */
    public record Request(Path edges, Integer threads, BetweennessMethod method, long seed, String command,
                          PathLength pathLength) {

        public Request {
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads must be at least 1");
            }
            if (pathLength == null) {
                throw new IllegalArgumentException("pathLength is required");
            }
        }

        /** With 1/weight path lengths, the default. */
        public Request(Path edges, Integer threads, BetweennessMethod method, long seed, String command) {
            this(edges, threads, method, seed, command, PathLength.INVERSE_WEIGHT);
        }

        int threadCount() {
            return threads == null ? NetworkScoringJob.defaultThreads() : threads;
        }

        AuditEvent audit(ScoringResult result) {
            return AuditEvent.of(command).with("edges", edges.toString()).with("threads", threadCount())
                    .with("persons", result.network().graph().vertexSet().size())
                    .with("links", result.network().graph().edgeSet().size())
                    .with("betweenness", result.scores().betweennessMethod())
                    .with("mode", result.scores().mode().describe())
                    .with("pathLength", pathLength.description()).with("seed", seed)
                    .input(edges + " sha256:" + sha256(edges)).release(result.evidence());
        }
    }

    private final Auditor auditor;

    public ScoreEdgeList(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Reads and scores the file (progress on stderr) and records the line {@code request.command()}. */
    public ScoringResult run(Request request) {
        ScoringResult result = EdgeListScoring.score(request.edges(), new NetworkScoringJob.Parameters(
                request.threadCount(), request.method(), request.seed(), request.pathLength()), System.err);
        if (request.command() != null) {
            auditor.recordWithoutStore(request.audit(result));
        }
        return result;
    }

    /** The SHA-256 of a file, hex. */
    public static String sha256(Path file) {
        try {
            return WrittenFile.hash(file).sha256();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
