package org.crimegraph.disruption;

import java.util.List;

/**
 * One strategy's removal curve.
 *
 * @param strategy the strategy
 * @param initial  measures of the whole graph (k = 0)
 * @param steps    one entry per removal, k = 1, 2, …
 * @param runs     number of runs averaged (1 except for the random baseline)
 * @param <V>      vertex type
 */
public record RemovalCurve<V>(RemovalStrategy strategy, RemainderMeasures initial, List<RemovalStep<V>> steps,
                              int runs) {

    public RemovalCurve {
        steps = List.copyOf(steps);
    }

    /** The strategy's name. */
    public String name() {
        return strategy.label();
    }

    /** {@code sequential} or {@code block}. */
    public String mode() {
        return strategy.mode();
    }

    /** The last step, or null if nothing was removed. */
    public RemovalStep<V> last() {
        return steps.isEmpty() ? null : steps.get(steps.size() - 1);
    }
}
