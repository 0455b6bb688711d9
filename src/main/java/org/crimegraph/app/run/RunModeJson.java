package org.crimegraph.app.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.crimegraph.model.RunMode;

/** A saved run's scoring mode as JSON (run summary file, {@code runs --format json}): only the fields it has. */
public final class RunModeJson {

    private RunModeJson() {
    }

    /** {@code name}, and when sampled {@code epsilon}, {@code delta}, the sample counts; the description. */
    public static Map<String, Object> of(RunMode mode) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", mode.name());
        if (mode.epsilon() != null) {
            json.put("epsilon", mode.epsilon());
            json.put("delta", mode.delta());
            json.put("betweennessSamples", mode.betweennessSamples());
            json.put("distanceSamples", mode.distanceSamples());
        }
        json.put("description", mode.describe());
        return json;
    }
}
