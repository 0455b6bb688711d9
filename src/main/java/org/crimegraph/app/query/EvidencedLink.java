package org.crimegraph.app.query;

import java.util.List;
import org.crimegraph.paths.HopEvidence;

/** One link of a query result: two persons and the evidence between them that stands under the release. */
public record EvidencedLink(String from, String to, List<HopEvidence> evidence) {

    public EvidencedLink {
        evidence = List.copyOf(evidence);
    }
}
