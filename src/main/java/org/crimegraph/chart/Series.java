package org.crimegraph.chart;

import java.util.Arrays;

/**
 * One line of a chart: a name for the legend and its points, in order.
 *
 * @param name legend label
 * @param x    x values
 * @param y    y values (NaN points are skipped, breaking the line)
 */
public record Series(String name, double[] x, double[] y) {

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.name.equals(name) && Arrays.equals(s.x, x) && Arrays.equals(s.y, y);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(x) * 17 + Arrays.hashCode(y);
    }

    @Override
    public String toString() {
        return "Series[" + name + ", " + x.length + " points]";
    }
}
