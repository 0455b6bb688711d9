package org.crimegraph.model;

import java.util.List;

/**
 * A multi-mode subgraph read from the store: persons, phones, accounts, vehicles, locations, routes
 * and events, and the relationships between them, each with the allowed reports behind it.
 *
 * @param entities      the nodes
 * @param relationships the relationships, between entities of this subgraph
 */
public record Subgraph(List<Entity> entities, List<Relationship> relationships) {

    public Subgraph {
        entities = List.copyOf(entities);
        relationships = List.copyOf(relationships);
    }

    /**
     * One node.
     *
     * @param id        stable id within the export: kind and key, e.g. {@code Phone:+447700900515}
     * @param kind      its label: Person, Phone, Account, Vehicle, Location, Route, Call, Transaction, Crossing, Meeting
     * @param key       its key property (personId, e164, accountId …)
     * @param label     a display label (name, number, registration, amount, time)
     * @param time      when an event happened (ISO-8601), or null
     * @param hops      distance in relationships from the nearest chosen person
     * @param reportIds allowed reports asserting it (empty for nodes no report asserts, e.g. phones known from calls)
     */
    public record Entity(String id, String kind, String key, String label, String time, int hops, List<String> reportIds) {
        public Entity {
            reportIds = List.copyOf(reportIds);
        }
    }

    /**
     * One relationship, in its stored direction.
     *
     * @param source    source entity id
     * @param target    target entity id
     * @param type      relationship type, e.g. {@code USES}, {@code CALLER}
     * @param detail    the association kind for {@code ASSOCIATE_OF}, else null
     * @param reportIds allowed reports asserting it
     */
    public record Relationship(String source, String target, String type, String detail, List<String> reportIds) {
        public Relationship {
            reportIds = List.copyOf(reportIds);
        }
    }
}
