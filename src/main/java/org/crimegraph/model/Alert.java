package org.crimegraph.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Something that changed around a watched person between two saved scoring runs under the same release rule,
 * raised by the later run and stored with it.
 *
 * @param runId     the run that raised it
 * @param personId  the watched person
 * @param kind      what changed ({@link Kind})
 * @param detail    what changed, in words
 * @param reportIds the reports the change rests on (allowed under the run's release rule); empty for a
 *                  change of position (rank, articulation point, community) that rests on the whole network
 */
public record Alert(String runId, String personId, Kind kind, String detail, List<String> reportIds) {

    /** What changed. */
    public enum Kind {
        /** A link to a person they had no link to. */
        NEW_LINK,
        /** A phone, account, vehicle or address tied to them that was not. */
        NEW_HOLDING,
        /** Entered the top of the target ranking. */
        ENTERED_TOP,
        /** Became an articulation point (removing them would split their component). */
        BECAME_ARTICULATION_POINT,
        /** Their community's members changed for the most part. */
        CHANGED_COMMUNITY,
        /** Came within a few hops of another watched person. */
        NEAR_WATCHED
    }

    public Alert {
        reportIds = List.copyOf(reportIds);
    }

    /**
     * The alert's fields by name, in the order above, the kind by its constant's name: the one shape the run
     * summary JSON, {@code alerts --format json} and the store's alert nodes all take.
     */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("runId", runId);
        fields.put("personId", personId);
        fields.put("kind", kind.name());
        fields.put("detail", detail);
        fields.put("reportIds", reportIds);
        return fields;
    }
}
