package org.crimegraph.export;

import org.crimegraph.model.Subgraph;

import java.util.List;

/**
 * What an export states about how it was made, beyond its contents: its scope, the audit log's
 * newest line hash at the time (so the files can be placed in the audit chain), and for
 * {@code --around} the multi-mode subgraph written next to the person network.
 *
 * @param scope     e.g. {@code "whole person network"} or {@code "within 2 hops of P010"}
 * @param auditHead SHA-256 of the audit log's newest line when the export was made, or null
 * @param subgraph  the multi-mode subgraph to write as well, or null
 * @param around    for {@code --around}: the chosen persons, how far and how hops were counted; else null
 * @param analyses  where the community and key-player columns come from (stated in the manifest)
 * @param excel     CSV files start with a UTF-8 byte-order mark, so that Excel reads accents right
 */
public record ExportContext(String scope, String auditHead, Subgraph subgraph, Around around,
                            ExportAnalyses analyses, boolean excel) {

    /** The default order of persons in an export: by the composite score's rank. */
    public static final String RANK_ORDER = "rank by composite score, best first";

    /** No {@code --around}, nothing computed beside the scores ({@link ExportAnalyses#NONE}), CSV without BOM. */
    public ExportContext(String scope, String auditHead, Subgraph subgraph) {
        this(scope, auditHead, subgraph, null, ExportAnalyses.NONE, false);
    }

    public ExportContext {
        analyses = analyses == null ? ExportAnalyses.NONE : analyses;
    }

    /**
     * The neighbourhood an {@code --around} export covers, as the manifest states it.
     *
     * @param persons     the chosen persons
     * @param hops        how far out
     * @param hopCounting {@code person-to-person} ({@code --hops}, as {@code neighbours}) or {@code multi-mode}
     *                    ({@code --mode-hops}, relationships of the multi-mode graph)
     */
    public record Around(List<String> persons, int hops, String hopCounting) {
        public Around {
            persons = List.copyOf(persons);
        }
    }

    /** The whole network, no audit head: for tests and tools. */
    public static final ExportContext WHOLE_NETWORK = new ExportContext("whole person network", null, null);
}
