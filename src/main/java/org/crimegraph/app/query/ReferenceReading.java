package org.crimegraph.app.query;

/**
 * One way to read what an analyst typed: as a person id, a phone number (E.164), an IBAN, a vehicle
 * registration, or a name or alias, with the key in the form ingest stores it.
 *
 * @param kind  what the reference is read as
 * @param key   the normalised key to look up (the name text as typed for {@link Kind#NAME})
 * @param label how a match is described to the analyst ("phone +447700900515", "name or alias")
 */
public record ReferenceReading(Kind kind, String key, String label) {

    /** The kinds of reference, in the order they are tried when no prefix forces one. */
    public enum Kind { ID, IBAN, PHONE, VEHICLE, NAME }
}
