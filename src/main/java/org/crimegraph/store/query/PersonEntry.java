package org.crimegraph.store.query;

import java.util.List;
import org.crimegraph.graph.PersonNetworkProjection.PersonRecord;

/** A person as stored: id, name, aliases and the reports that assert the person. */
public record PersonEntry(String personId, String name, List<String> aliases, List<String> reportIds) {

    public PersonEntry {
        aliases = List.copyOf(aliases);
        reportIds = List.copyOf(reportIds);
    }

    /** The form the projection reads. */
    public PersonRecord toRecord() {
        return new PersonRecord(personId, name, reportIds);
    }

    /** The name, or the id if the person has none. */
    public String displayName() {
        return name == null ? personId : name;
    }
}
