package org.crimegraph.paths;

import java.time.OffsetDateTime;

/**
 * One dated contact used by a time-respecting path: from one person to the next, at a time, through one
 * piece of evidence (a call, transfer, meeting or crossing).
 */
public record TimedHop(String from, String to, OffsetDateTime at, String kind, String evidenceId) {
}
