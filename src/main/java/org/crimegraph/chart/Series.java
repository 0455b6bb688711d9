package org.crimegraph.chart;

import java.util.Arrays;

/**
 * One line of a chart: a name for the legend and its points, in order.
 *
 * @param name legend label
 * @param x    x values
 * @param y      y values (NaN points are skipped, breaking the line)
 * @param dashed draw the line dashed (e.g. for a baseline)
 */
public record Series(String name, double[] x, double[] y, boolean dashed) {

    /** A solid line. */
    public Series(String name, double[] x, double[] y) {
        this(name, x, y, false);
    }

    public Series {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        x = x.clone();
        y = y.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Series s && s.name.equals(name) && s.dashed == dashed && Arrays.equals(s.x, x) && Arrays.equals(s.y, y);
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
