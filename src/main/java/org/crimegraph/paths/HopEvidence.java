package org.crimegraph.paths;

import java.time.OffsetDateTime;
import java.util.SortedSet;

/**
 * One piece of evidence behind a hop, as it may be shown under the release filter: its kind, what it is
 * (call id, transaction id, phone number …), when it happened (null if undated) and the allowed reports
 * that assert it.
 */
public record HopEvidence(String kind, String evidenceId, OffsetDateTime at, SortedSet<String> reportIds) {
}
