package org.crimegraph.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How long the steps of one scoring took, in seconds: reading the projection from the store (or the
 * edge-list file), the analysis (all measures, communities, targets), and writing the saved run.
 *
 * @param projection seconds reading and projecting the person network
 * @param analysis   seconds computing the measures, communities and targets
 * @param write      seconds writing the saved run, or null when nothing was saved
 */
public record StepSeconds(double projection, double analysis, Double write) {

    /** Seconds between two {@link System#nanoTime()} readings. */
    public static double since(long startNanos, long endNanos) {
        return (endNanos - startNanos) / 1e9;
    }

    /** The same steps with the write's seconds. */
    public StepSeconds withWrite(double seconds) {
        return new StepSeconds(projection, analysis, seconds);
    }

    /** {@code projection read 20.9 s · analysis 74.0 s · write 3.5 s}. */
    public String describe() {
        String text = String.format(Locale.ROOT, "projection read %.1f s · analysis %.1f s", projection, analysis);
        return write == null ? text : text + String.format(Locale.ROOT, " · write %.1f s", write);
    }

    /** As JSON shows it: {@code projection}, {@code analysis} and, when saved, {@code write}. */
    public Map<String, Double> asMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        map.put("projection", round(projection));
        map.put("analysis", round(analysis));
        if (write != null) {
            map.put("write", round(write));
        }
        return map;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }
}
