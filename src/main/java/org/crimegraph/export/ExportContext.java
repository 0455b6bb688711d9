package org.crimegraph.export;

/**
 * What an export states about how it was made, beyond its contents: its scope and the audit log's
 * newest line hash at the time (so the files can be placed in the audit chain).
 *
 * @param scope     e.g. {@code "whole person network"}
 * @param auditHead SHA-256 of the audit log's newest line when the export was made, or null
 */
public record ExportContext(String scope, String auditHead) {

    /** The whole network, no audit head: for tests and tools. */
    public static final ExportContext WHOLE_NETWORK = new ExportContext("whole person network", null);
}
