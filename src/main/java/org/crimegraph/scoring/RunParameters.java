package org.crimegraph.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crimegraph.model.ScoringRunRecord;

/**
 * The parameters of two saved runs side by side — evidence rule (handling codes, grade threshold,
 * time window), seed, path lengths, scoring mode (exact or sampled at ε), version and the store's counts — so that a comparison says first
 * whether its changes come from the network or from the way it was scored.
 */
public final class RunParameters {

    private RunParameters() {
    }

    /**
     * One parameter of both runs.
     *
     * @param name   e.g. {@code evidence rule}
     * @param before the earlier run's value
     * @param after  the later run's value
     */
    public record Parameter(String name, String before, String after) {
        public boolean differs() {
            return !Objects.equals(before, after);
        }
    }

    /** Every compared parameter, evidence rule first. */
    public static List<Parameter> compare(ScoringRunRecord a, ScoringRunRecord b) {
        List<Parameter> list = new ArrayList<>();
        list.add(new Parameter("evidence rule", a.setup().releaseRule(), b.setup().releaseRule()));
        list.add(new Parameter("handling codes up to", a.setup().release().maxHandling().name(), b.setup().release().maxHandling().name()));
        list.add(new Parameter("grade threshold", grade(a.setup().release().minGradeCode()), grade(b.setup().release().minGradeCode())));
        list.add(new Parameter("seed", String.valueOf(a.setup().seed()), String.valueOf(b.setup().seed())));
        list.add(new Parameter("path lengths", a.setup().pathLength(), b.setup().pathLength()));
        list.add(new Parameter("scoring mode", a.setup().mode().brief(), b.setup().mode().brief()));
        list.add(new Parameter("persons scored", String.valueOf(a.input().persons()), String.valueOf(b.input().persons())));
        list.add(new Parameter("links", String.valueOf(a.input().links()), String.valueOf(b.input().links())));
        list.add(new Parameter("store counts", String.valueOf(a.input().inputCounts()), String.valueOf(b.input().inputCounts())));
        list.add(new Parameter("crimegraph version", a.setup().version(), b.setup().version()));
        return List.copyOf(list);
    }

    /** True if the runs were scored under different rules (evidence, grade, window, seed, path lengths, mode). */
    public static boolean rulesDiffer(List<Parameter> parameters) {
        return parameters.stream().filter(p -> !p.name().equals("persons scored") && !p.name().equals("links")
                && !p.name().equals("store counts") && !p.name().equals("crimegraph version")).anyMatch(Parameter::differs);
    }

    private static String grade(String code) {
        return code == null ? "any" : code;
    }
}
