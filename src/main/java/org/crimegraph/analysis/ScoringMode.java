package org.crimegraph.analysis;

import java.util.Locale;

/**
 * How {@link NetworkScoring} computed the all-pairs measures (betweenness, closeness, harmonic):
 * exactly, or sampled with ε, δ and the sample counts behind the stated guarantees
 * ({@link ApproximateBetweenness}, {@link SampledDistances}); with the {@link ScoringPlan} reason when
 * a time budget chose it. Outputs, the audit line and saved runs state it.
 *
 * @param sampled            false for the exact pass
 * @param epsilon            ε of both sampled guarantees (0 when exact)
 * @param delta              δ of both (0 when exact)
 * @param seed               the sampling seed
 * @param betweennessSamples sampled shortest paths (0 when exact)
 * @param distanceSamples    sampled sources for closeness and harmonic (0 when they are exact)
 * @param plan               why a budget chose this mode, or null when the mode was asked for
 * @param engine             where the searches ran when not on this JVM ({@link PathMeasures#engine()},
 *                           e.g. Apache Spark), or null
 */
public record ScoringMode(boolean sampled, double epsilon, double delta, long seed, int betweennessSamples,
                          int distanceSamples, String plan, String engine) {

    /** Computed on this JVM. */
    public ScoringMode(boolean sampled, double epsilon, double delta, long seed, int betweennessSamples,
                       int distanceSamples, String plan) {
        this(sampled, epsilon, delta, seed, betweennessSamples, distanceSamples, plan, null);
    }

    /** The same mode with the searches run on {@code engine} (null: this JVM). */
    public ScoringMode on(String engine) {
        return new ScoringMode(sampled, epsilon, delta, seed, betweennessSamples, distanceSamples, plan, engine);
    }

    /** The exact pass, with the budget's reason or null. */
    public static ScoringMode exact(String plan) {
        return new ScoringMode(false, 0, 0, 0, 0, 0, plan);
    }

    /** {@code exact} or {@code sampled}. */
    public String name() {
        return sampled ? "sampled" : "exact";
    }

    /** The mode in one line, for table headers, audit lines and reports. */
    public String describe() {
        String distances = distanceSamples > 0
                ? String.format(Locale.ROOT, "closeness and harmonic from %d sampled sources (Eppstein–Wang 2004)",
                        distanceSamples)
                : "closeness and harmonic exact";
        String what = sampled
                ? String.format(Locale.ROOT, "sampled, ε = %s, δ = %s, seed %d: betweenness from %d sampled paths "
                        + "(Riondato–Kornaropoulos 2016), %s", epsilon, delta, seed, betweennessSamples, distances)
                : "exact (Brandes 2001: one search per person for betweenness, closeness and harmonic)";
        String chosen = plan == null ? what : what + "; chosen by --budget (" + plan + ")";
        return engine == null ? chosen : chosen + "; searches on " + engine;
    }
}
