package org.crimegraph.app.communities;

import org.crimegraph.analysis.community.CommunityAlgorithm;
import org.crimegraph.app.Auditor;
import org.crimegraph.audit.AuditEvent;
import org.crimegraph.graph.ProjectionFilter;
import org.crimegraph.scoring.CommunityJob;
import org.crimegraph.scoring.CommunityResult;
import org.crimegraph.store.GraphStore;

/**
 * Use case ({@code communities}): the communities of a store's person network under a release rule,
 * with density, members and brokers per community ({@link CommunityJob}), recorded in the audit log.
 */
public final class DetectCommunities {

    /**
     * @param filter     which reports and evidence the network rests on
     * @param algorithm  Leiden, Louvain or label propagation
     * @param resolution modularity resolution, a positive finite number (above 1: more, smaller communities)
     * @param seed       random seed; the same seed gives the same communities
     */
    public record Request(ProjectionFilter filter, CommunityAlgorithm algorithm, double resolution, long seed) {
        public Request {
            if (!(resolution > 0) || Double.isInfinite(resolution)) {
                throw new IllegalArgumentException("--resolution must be a positive number");
            }
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
                    .release(result.filter().describe());
        }
    }

    private final Auditor auditor;

    public DetectCommunities(Auditor auditor) {
        this.auditor = auditor;
    }

    /** Reads the network, finds its communities and records the detection. */
    public CommunityResult run(GraphStore store, Request request) {
        CommunityResult result = new CommunityJob(store).run(request.filter(), request.algorithm(), request.resolution(),
                request.seed());
        auditor.record(store, request.audit(result));
        return result;
    }
}
