package org.crimegraph.disruption;

/**
 * Kendall's rank correlation τ-b between two score vectors over the same items (M. G. Kendall, "The
 * treatment of ties in ranking problems", Biometrika 33(3):239–251, 1945):
 * τ_b = (C − D) / √((n₀ − n₁)(n₀ − n₂)), with C and D the concordant and discordant pairs, n₀ all
 * pairs, n₁ and n₂ the pairs tied in the first and in the second vector. As
 * {@code scipy.stats.kendalltau} (variant b). O(n²): rankings compared here have thousands of
 * items at most.
 */
public final class KendallTau {

    private KendallTau() {
    }

    /** τ-b of {@code a} and {@code b}; NaN if either is constant. */
    public static double tauB(double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("lengths differ: " + a.length + " vs " + b.length);
        }
        int n = a.length;
        long concordant = 0;
        long discordant = 0;
        long tiedA = 0;
        long tiedB = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int sa = Double.compare(a[i], a[j]);
                int sb = Double.compare(b[i], b[j]);
                if (sa == 0) {
                    tiedA++;
                }
                if (sb == 0) {
                    tiedB++;
                }
                if (sa != 0 && sb != 0) {
                    if (sa == sb) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedA) * (pairs - tiedB));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }
}
