package org.crimegraph.cli;

import java.util.Map;

/**
 * NetworkX 3.6.1's measures of each monthly window of {@link TimelineCommandTest}'s case (internal
 * release), printed by {@code scripts/verify_timeline.py}; modularity of the Leiden partitions by
 * {@code nx.community.modularity}.
 */
final class TimelineReference {

    private TimelineReference() {
    }

    /** One window's reference values; per-person maps by person id (absent = not in the window). */
    record Window(int persons, int links, double density, int components, int largest, double degreeCentralisation,
                  double betweennessCentralisation, Map<String, Double> betweenness, Map<String, Double> closeness,
                  Map<String, Double> harmonic) {
    }

    /** nx.community.modularity(W1, [{T1,T2,T3,T4},{T5,T6},{T9,T10}]). */
    static final double W1_MODULARITY = 0.37755102040816324;
    /** nx.community.modularity(W3, [{T2,T3,T4},{T5,T6,T7},{T9,T10}]). */
    static final double W3_MODULARITY = 0.4765625;

    // 2026-01: [('T1', 'T2'), ('T1', 'T3'), ('T1', 'T4'), ('T1', 'T5'), ('T2', 'T3'), ('T5', 'T6'), ('T9', 'T10')]
    static final Window W1 = new Window(8, 7, 0.25, 2, 6, 0.42857142857142855, 0.3537414965986394,
            Map.of("T1", 0.38095238095238093, "T10", 0.0, "T2", 0.0, "T3", 0.0, "T4", 0.0, "T5", 0.19047619047619047, "T6", 0.0, "T9", 0.0),
            Map.of("T1", 0.5952380952380952, "T10", 0.14285714285714285, "T2", 0.39682539682539686, "T3", 0.39682539682539686, "T4", 0.35714285714285715, "T5", 0.44642857142857145, "T6", 0.2976190476190476, "T9", 0.14285714285714285),
            Map.of("T1", 0.6428571428571429, "T10", 0.14285714285714285, "T2", 0.4761904761904762, "T3", 0.4761904761904762, "T4", 0.40476190476190477, "T5", 0.5, "T6", 0.35714285714285715, "T9", 0.14285714285714285));
    // 2026-02: [('T1', 'T8'), ('T2', 'T3'), ('T2', 'T6'), ('T3', 'T4'), ('T4', 'T5'), ('T5', 'T6'), ('T9', 'T10')]
    static final Window W2 = new Window(9, 7, 0.19444444444444445, 3, 5, 0.07142857142857142, 0.017857142857142856,
            Map.of("T1", 0.0, "T10", 0.0, "T2", 0.03571428571428571, "T3", 0.03571428571428571, "T4", 0.03571428571428571, "T5", 0.03571428571428571, "T6", 0.03571428571428571, "T8", 0.0, "T9", 0.0),
            Map.of("T1", 0.125, "T10", 0.125, "T2", 0.3333333333333333, "T3", 0.3333333333333333, "T4", 0.3333333333333333, "T5", 0.3333333333333333, "T6", 0.3333333333333333, "T8", 0.125, "T9", 0.125),
            Map.of("T1", 0.125, "T10", 0.125, "T2", 0.375, "T3", 0.375, "T4", 0.375, "T5", 0.375, "T6", 0.375, "T8", 0.125, "T9", 0.125));
    // 2026-03: [('T2', 'T3'), ('T2', 'T4'), ('T3', 'T4'), ('T4', 'T5'), ('T5', 'T6'), ('T5', 'T7'), ('T6', 'T7'), ('T9', 'T10')]
    static final Window W3 = new Window(8, 8, 0.2857142857142857, 2, 6, 0.19047619047619047, 0.24489795918367344,
            Map.of("T10", 0.0, "T2", 0.0, "T3", 0.0, "T4", 0.2857142857142857, "T5", 0.2857142857142857, "T6", 0.0, "T7", 0.0, "T9", 0.0),
            Map.of("T10", 0.14285714285714285, "T2", 0.35714285714285715, "T3", 0.35714285714285715, "T4", 0.5102040816326531, "T5", 0.5102040816326531, "T6", 0.35714285714285715, "T7", 0.35714285714285715, "T9", 0.14285714285714285),
            Map.of("T10", 0.14285714285714285, "T2", 0.45238095238095244, "T3", 0.4523809523809524, "T4", 0.5714285714285714, "T5", 0.5714285714285714, "T6", 0.4523809523809524, "T7", 0.4523809523809524, "T9", 0.14285714285714285));
}
