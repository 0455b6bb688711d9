package org.crimegraph.analysis.links;

import java.util.Arrays;

/** How well scores separate true ties from non-ties: the area under the ROC curve (ties in score count half). */
public final class RankingQuality {

    private RankingQuality() {
    }

    /**
     * The probability that a random positive scores above a random negative, ties counting half (the
     * Mann–Whitney U statistic over |pos|·|neg|); NaN if either side is empty. O((p + q) log(p + q)).
     */
    public static double auc(double[] positives, double[] negatives) {
        int p = positives.length;
        int q = negatives.length;
        if (p == 0 || q == 0) {
            return Double.NaN;
        }
        double[] all = new double[p + q];
        System.arraycopy(positives, 0, all, 0, p);
        System.arraycopy(negatives, 0, all, p, q);
        boolean[] positive = new boolean[p + q];
        Arrays.fill(positive, 0, p, true);
        Integer[] order = new Integer[p + q];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(all[a], all[b]));
        double rankSum = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && all[order[j + 1]] == all[order[i]]) {
                j++;
            }
            double averageRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (positive[order[k]]) {
                    rankSum += averageRank;
                }
            }
            i = j + 1;
        }
        return (rankSum - (double) p * (p + 1) / 2) / ((double) p * q);
    }
}
