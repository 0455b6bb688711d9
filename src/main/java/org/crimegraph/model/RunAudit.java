package org.crimegraph.model;

/**
 * Where a saved scoring run is anchored in the audit trail.
 *
 * @param log  the audit log the run was recorded in (absolute path), or null
 * @param hash SHA-256 of the run's own audit line, or null
 */
public record RunAudit(String log, String hash) {

    /** Not yet recorded (a run being written). */
    public static final RunAudit NONE = new RunAudit(null, null);
}
