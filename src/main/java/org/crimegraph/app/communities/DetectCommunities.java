package org.crimegraph.app.communities;

import org.crimegraph.analysis.Monitor;
import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.analysis.community.ConsensusCommunities;
import org.crimegraph.app.Auditor;
import org.crimegraph.app.StoreUseCase;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.CommunityJob;
import org.crimegraph.scoring.CommunityResult;
import org.crimegraph.store.GraphStore;

/**
 * Use case ({@code communities}): the communities of a store's person network under a release rule,
 * with density, members and brokers per community ({@link CommunityJob}), recorded in the audit log.
 */
public final class DetectCommunities extends StoreUseCase<DetectCommunities.Request, CommunityResult> {

    /**
     * @param filter     which reports and evidence the network rests on
     * @param algorithm  Leiden, Louvain or label propagation
     * @param resolution modularity resolution, a positive finite number (above 1: more, smaller communities)
     * @param seed       random seed; the same seed gives the same communities
     * @param consensusRuns 0 for one run with {@code seed}; else a consensus of this many runs
     *                   ({@link ConsensusCommunities}, seeds {@code seed…seed+runs−1}), at least 2
     */
    public record Request(ProjectionFilter filter, CommunityAlgorithm algorithm, double resolution, long seed,
                          int consensusRuns) {
        public Request {
            if (!(resolution > 0) || Double.isInfinite(resolution)) {
                throw new IllegalArgumentException("--resolution must be a positive number");
            }
            if (consensusRuns == 1 || consensusRuns < 0) {
                throw new IllegalArgumentException("--consensus needs at least 2 runs, got " + consensusRuns);
            }
            if (consensusRuns > 0 && algorithm == CommunityAlgorithm.LABEL_PROPAGATION) {
                throw new IllegalArgumentException("--consensus works with leiden or louvain: label propagation "
                        + "ignores weights, and the consensus graph is its weights");
            }
        }

        /** One run with one seed. */
        public Request(ProjectionFilter filter, CommunityAlgorithm algorithm, double resolution, long seed) {
            this(filter, algorithm, resolution, seed, 0);
        }

        /** The audit line of this detection. */
        AuditEvent audit(CommunityResult result) {
            return AuditEvent.of("communities").with("algorithm", algorithm.cliName())
                    .with("resolution", resolution)
                    .with("seed", seed)
                    .with("persons", result.indexed().vertexCount())
                    .with("links", result.indexed().edgeCount())
                    .with("communities", result.communities().count())
                    .with("modularity", result.communities().modularity())
                    .with("consensusRuns", consensusRuns)
                    .with("unstable", result.isConsensus() ? result.consensus().membership().unstableCount() : 0)
                    .release(result.filter().describe());
        }
    }

    public DetectCommunities(Auditor auditor) {
        super(auditor);
    }

    /** The same, with progress and cancellation of a consensus. */
    @Override
    public CommunityResult run(GraphStore store, Request request, Monitor monitor) {
        CommunityJob job = new CommunityJob(store);
        CommunityResult result = request.consensusRuns() == 0
                ? job.run(request.filter(), request.algorithm(), request.resolution(), request.seed())
                : job.runConsensus(request.filter(), ConsensusCommunities.Parameters.of(request.algorithm(),
                        request.resolution(), request.seed(), request.consensusRuns()), monitor);
        auditor.record(store, request.audit(result));
        return result;
    }
}
