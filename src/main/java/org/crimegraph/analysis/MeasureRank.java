package org.crimegraph.analysis;

/**
 * One measure's value for a person and where it stands among all persons.
 *
 * @param measure    the measure's name, e.g. {@code betweenness}
 * @param value      the value
 * @param rank       competition rank among persons, 1 = highest (tied values share the best rank)
 * @param of         number of persons ranked
 * @param percentile mid-rank percentile in [0, 1]: {@code (below + (tied − 1)/2) / (n − 1)}, where
 *                   {@code below} counts persons with a smaller value and {@code tied} those with an
 *                   equal value (including this one); 1 when there is a single person
 */
public record MeasureRank(String measure, double value, int rank, int of, double percentile) {
}
