package org.crimegraph.app.export;

import java.util.List;
import org.crimegraph.export.ExportContext;

/**
 * The persons an export is centred on and how far out it reaches ({@code --around ID… --hops N} or
 * {@code --mode-hops N}).
 *
 * @param personIds the chosen persons
 * @param hops      how far out from them
 * @param counting  what a hop is
 */
public record Around(List<String> personIds, int hops, HopCounting counting) {

    /** How the hops are counted; the manifest names it ({@code around.hopCounting}). */
    public enum HopCounting {
        /** {@code --hops N}: person-to-person steps in the person network, as {@code neighbours --hops N} counts them. */
        PERSON_STEPS("person-to-person", "person-to-person steps, as 'neighbours --hops' counts them"),
        /** {@code --mode-hops N}: relationships of the multi-mode graph (person → phone → call → phone → person is 4). */
        MULTI_MODE("multi-mode", "relationships of the multi-mode graph (--mode-hops)");

        private final String label;
        private final String words;

        HopCounting(String label, String words) {
            this.label = label;
            this.words = words;
        }

        /** The name the manifest and the audit line use. */
        public String label() {
            return label;
        }
    }

    public Around {
        personIds = List.copyOf(personIds);
        if (hops < 0) {
            throw new IllegalArgumentException((counting == HopCounting.MULTI_MODE ? "--mode-hops" : "--hops")
                    + " must not be negative");
        }
    }

    /** Person-to-person steps, as {@code neighbours} counts them (the default). */
    public Around(List<String> personIds, int hops) {
        this(personIds, hops, HopCounting.PERSON_STEPS);
    }

    String describe() {
        return "within " + hops + " hop(s) of " + String.join(", ", personIds) + ", counted in " + counting.words;
    }

    ExportContext.Around manifest() {
        return new ExportContext.Around(personIds, hops, counting.label);
    }
}
