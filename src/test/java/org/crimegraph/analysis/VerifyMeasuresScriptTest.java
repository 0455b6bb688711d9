package org.crimegraph.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Runs {@code scripts/verify_measures.py --quick}: every per-vertex measure against NetworkX and
 * igraph on the karate club, the Florentine families and seeded generated graphs. Skipped where
 * Debian's python3-networkx and python3-igraph are not installed; the full run is
 * {@code /usr/bin/python3 scripts/verify_measures.py} (docs/algorithms.md).
 */
class VerifyMeasuresScriptTest {

    @Test
    void everyMeasureEqualsNetworkxAndIgraph() throws Exception {
        VerificationScript.assumeModules("networkx", "igraph");
        assertThat(VerificationScript.runQuick("scripts/verify_measures.py"))
                .contains("OK: every measure equals NetworkX and igraph");
    }
}
