package org.crimegraph.export;

import org.crimegraph.store.Subgraph;

/**
 * What an export states about how it was made, beyond its contents: its scope, the audit log's
 * newest line hash at the time (so the files can be placed in the audit chain), and for
 * {@code --around} the multi-mode subgraph written next to the person network.
 *
 * @param scope     e.g. {@code "whole person network"} or {@code "within 2 hops of P010"}
 * @param auditHead SHA-256 of the audit log's newest line when the export was made, or null
 * @param subgraph  the multi-mode subgraph to write as well, or null
 * @param analyses  where the community and key-player columns come from (stated in the manifest)
 * @param excel     CSV files start with a UTF-8 byte-order mark, so that Excel reads accents right
 */
public record ExportContext(String scope, String auditHead, Subgraph subgraph, ExportAnalyses analyses,
                            boolean excel) {

    /** A context with nothing computed beside the scores ({@link ExportAnalyses#NONE}), CSV without BOM. */
    public ExportContext(String scope, String auditHead, Subgraph subgraph) {
        this(scope, auditHead, subgraph, ExportAnalyses.NONE, false);
    }

    public ExportContext {
        analyses = analyses == null ? ExportAnalyses.NONE : analyses;
    }

    /** The whole network, no audit head: for tests and tools. */
    public static final ExportContext WHOLE_NETWORK = new ExportContext("whole person network", null, null);
}
