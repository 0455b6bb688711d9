package org.crimegraph.app.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crimegraph.app.query.ReferenceReading.Kind;
import org.crimegraph.graph.Release;
import org.crimegraph.ingest.NameKey;
import org.crimegraph.store.query.EntityLookup;
import org.crimegraph.store.query.EntityLookup.Identifier;
import org.crimegraph.store.query.PersonEntry;

/**
 * Turns what an analyst types into a person: the {@link ReferenceClassifier}'s readings are looked up in
 * turn and the first that finds someone wins. Only persons and ties that stand under the release are
 * found. If more than one person fits, {@link #resolve} refuses to guess (unless exactly one of several
 * name hits has exactly the name typed) and lists them.
 */
public final class PersonResolver {

    /** A person the reference may mean, and how it matched. */
    public record Candidate(PersonEntry person, String matchedBy) {
    }

    static final int NAME_HITS = 50;

    private final EntityLookup lookup;
    private final ReferenceClassifier classifier;
    private final Release release;

    public PersonResolver(EntityLookup lookup, ReferenceClassifier classifier, Release release) {
        this.lookup = lookup;
        this.classifier = classifier;
        this.release = release;
    }

    /** The one person the reference means; throws {@link UnresolvedReference} with the candidates otherwise. */
    public PersonEntry resolve(String reference) {
        for (ReferenceReading reading : classifier.readings(reference)) {
            List<Candidate> found = find(reading);
            if (found.size() == 1) {
                return found.get(0).person();
            }
            if (found.size() > 1) {
                if (reading.kind() == Kind.NAME) {
                    String key = NameKey.of(reading.key());
                    List<Candidate> exact = found.stream().filter(c -> c.person().name() != null
                            && NameKey.of(c.person().name()).equals(key)).toList();
                    if (exact.size() == 1) {
                        return exact.get(0).person();
                    }
                }
                throw new UnresolvedReference(reference, found);
            }
        }
        throw new UnresolvedReference(reference, List.of());
    }

    /** Every person the reference may mean under its first reading that finds someone, with how each matched. */
    public List<Candidate> candidates(String reference) {
        for (ReferenceReading reading : classifier.readings(reference)) {
            List<Candidate> found = find(reading);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Candidate> find(ReferenceReading reading) {
        return switch (reading.kind()) {
            case ID -> allowed(lookup.persons(List.of(reading.key())), reading.label());
            case PHONE -> tied(Identifier.PHONE, reading);
            case IBAN -> tied(Identifier.ACCOUNT, reading);
            case VEHICLE -> tied(Identifier.VEHICLE, reading);
            case NAME -> byName(reading);
        };
    }

    private List<Candidate> byName(ReferenceReading reading) {
        List<String> ids = lookup.searchName(reading.key(), NAME_HITS).stream().map(EntityLookup.NameHit::personId)
                .toList();
        Map<String, PersonEntry> byId = new LinkedHashMap<>();
        lookup.persons(ids).forEach(p -> byId.put(p.personId(), p));
        List<PersonEntry> ordered = new ArrayList<>();
        ids.stream().filter(byId::containsKey).forEach(id -> ordered.add(byId.get(id)));
        return allowed(ordered, reading.label());
    }

    private List<Candidate> tied(Identifier identifier, ReferenceReading reading) {
        List<String> ids = lookup.tiedTo(identifier, reading.key()).stream()
                .filter(t -> release.allowsAny(t.reportIds())).map(EntityLookup.Tie::personId).distinct().toList();
        return allowed(lookup.persons(ids), reading.label());
    }

    private List<Candidate> allowed(List<PersonEntry> persons, String matchedBy) {
        return persons.stream().filter(p -> release.allowsAny(p.reportIds()))
                .map(p -> new Candidate(p, matchedBy)).toList();
    }
}
