package org.crimegraph.ingest;

import java.time.ZoneId;

/**
 * Settings that decide how raw values are normalised during one ingest run.
 *
 * @param phones      phone normaliser with its default region for national numbers
 * @param defaultZone the zone for timestamps written without an offset
 */
public record IngestContext(PhoneNumbers phones, ZoneId defaultZone) {

    /** Region GB, zone UTC. */
    public static IngestContext defaults() {
        return new IngestContext(new PhoneNumbers("GB"), ZoneId.of("UTC"));
    }
}
