package org.crimegraph.disruption;

import java.util.List;

/**
 * One strategy's removal curve.
 *
 * @param strategy the strategy
 * @param initial  measures of the whole graph (k = 0)
 * @param points   one entry per removal, k = 1, 2, …
 * @param repeats  number of seeded repeats averaged (1 except for the random baseline)
 * @param <V>      vertex type
 */
public record RemovalCurve<V>(RemovalStrategy strategy, RemainderMeasures initial, List<RemovalPoint<V>> points,
                              int repeats) {

    public RemovalCurve {
        points = List.copyOf(points);
    }

    /** The strategy's name. */
    public String name() {
        return strategy.label();
    }

    /** {@code sequential} or {@code block}. */
    public String mode() {
        return strategy.mode();
    }

    /** The last point, or null if nothing was removed. */
    public RemovalPoint<V> last() {
        return points.isEmpty() ? null : points.get(points.size() - 1);
    }
}
