package org.crimegraph.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crimegraph.ingest.Ibans;
import org.crimegraph.ingest.NameKey;
import org.crimegraph.ingest.PhoneNumbers;
import org.crimegraph.ingest.VehicleRegistration;
import org.crimegraph.graph.Release;
import org.crimegraph.store.query.EntityLookup;
import org.crimegraph.store.query.EntityLookup.Identifier;
import org.crimegraph.store.query.PersonEntry;

/**
 * Turns what an analyst types into a person: a person id, a phone number in any format, an IBAN, a
 * vehicle registration, or a name or alias. Identifiers are normalised exactly as ingest normalises them
 * (E.164 in {@code --default-region}, IBAN electronic form, registration without separators), so that
 * {@code "07700 900515"} finds {@code +447700900515}. A prefix forces the kind: {@code id:},
 * {@code phone:}, {@code iban:}, {@code vrm:}, {@code name:}; without one the kinds are tried in that
 * order and the first that finds someone wins. Only persons and ties that stand under the release filter
 * are found. If more than one person fits, {@link #resolve} refuses to guess and lists them.
 */
final class EntityResolver {

    /** A person the reference may mean, and how it matched. */
    record Candidate(PersonEntry person, String matchedBy) {
    }

    /** The reference fits no person, or more than one. */
    static final class UnresolvedReference extends RuntimeException {
        private final String reference;
        private final List<Candidate> candidates;

        UnresolvedReference(String reference, List<Candidate> candidates) {
            super(candidates.isEmpty() ? "no person matches '" + reference + "'"
                    : "'" + reference + "' is ambiguous: " + candidates.size() + " persons match; use a person id");
            this.reference = reference;
            this.candidates = List.copyOf(candidates);
        }

        String reference() {
            return reference;
        }

        List<Candidate> candidates() {
            return candidates;
        }
    }

    static final int NAME_HITS = 50;

    private final EntityLookup lookup;
    private final PhoneNumbers phones;
    private final Release filter;

    EntityResolver(EntityLookup lookup, PhoneNumbers phones, Release filter) {
        this.lookup = lookup;
        this.phones = phones;
        this.filter = filter;
    }

    /** The one person the reference means; throws {@link UnresolvedReference} with the candidates otherwise. */
    PersonEntry resolve(String reference) {
        List<Candidate> candidates = candidates(reference);
        if (candidates.size() == 1) {
            return candidates.get(0).person();
        }
        if (candidates.size() > 1 && candidates.get(0).matchedBy().startsWith("name")) {
            String key = NameKey.of(stripPrefix(reference));
            List<Candidate> exact = candidates.stream()
                    .filter(c -> c.person().name() != null && NameKey.of(c.person().name()).equals(key)).toList();
            if (exact.size() == 1) {
                return exact.get(0).person();
            }
        }
        throw new UnresolvedReference(reference, candidates);
    }

    /** Every person the reference may mean, with how each matched. */
    List<Candidate> candidates(String reference) {
        String text = reference.strip();
        int colon = text.indexOf(':');
        String kind = colon > 0 ? text.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (List.of("id", "phone", "iban", "vrm", "name").contains(kind)) {
            String value = text.substring(colon + 1).strip();
            return switch (kind) {
                case "id" -> byId(value);
                case "phone" -> byPhone(value, true);
                case "iban" -> byIban(value, true);
                case "vrm" -> byVehicle(value, true);
                default -> byName(value);
            };
        }
        List<Candidate> found = byId(text);
        if (found.isEmpty()) {
            found = byIban(text, false);
        }
        if (found.isEmpty()) {
            found = byPhone(text, false);
        }
        if (found.isEmpty()) {
            found = byVehicle(text, false);
        }
        if (found.isEmpty()) {
            found = byName(text);
        }
        return found;
    }

    private List<Candidate> byId(String id) {
        return allowed(lookup.persons(List.of(id)), "person id");
    }

    private List<Candidate> byPhone(String raw, boolean forced) {
        if (!forced && !raw.matches("\\+?[0-9][0-9 ().\\-/]{5,}")) {
            return List.of();
        }
        String e164;
        try {
            e164 = phones.toE164(raw);
        } catch (IllegalArgumentException e) {
            if (forced) {
                throw new IllegalArgumentException("'" + raw + "' " + e.getMessage());
            }
            return List.of();
        }
        return tied(Identifier.PHONE, e164, "phone " + e164);
    }

    private List<Candidate> byIban(String raw, boolean forced) {
        if (!forced && !raw.matches("[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 \\-]{8,}")) {
            return List.of();
        }
        String iban;
        try {
            iban = Ibans.normalise(raw);
        } catch (IllegalArgumentException e) {
            if (forced) {
                throw new IllegalArgumentException("'" + raw + "': " + e.getMessage());
            }
            return List.of();
        }
        return tied(Identifier.ACCOUNT, iban, "account " + iban);
    }

    private List<Candidate> byVehicle(String raw, boolean forced) {
        if (!forced && !raw.matches(".*[0-9].*")) {
            return List.of(); // registrations carry digits; this keeps names out
        }
        String vrm;
        try {
            vrm = VehicleRegistration.of(raw, "XX").vrm();
        } catch (IllegalArgumentException e) {
            if (forced) {
                throw new IllegalArgumentException("'" + raw + "': " + e.getMessage());
            }
            return List.of();
        }
        return tied(Identifier.VEHICLE, vrm, "vehicle " + vrm);
    }

    private List<Candidate> byName(String text) {
        List<String> ids = lookup.searchName(text, NAME_HITS).stream().map(EntityLookup.NameHit::personId).toList();
        Map<String, PersonEntry> byId = new LinkedHashMap<>();
        lookup.persons(ids).forEach(p -> byId.put(p.personId(), p));
        List<PersonEntry> ordered = new ArrayList<>();
        ids.forEach(id -> {
            if (byId.containsKey(id)) {
                ordered.add(byId.get(id));
            }
        });
        return allowed(ordered, "name or alias");
    }

    private List<Candidate> tied(Identifier identifier, String key, String label) {
        List<String> ids = lookup.tiedTo(identifier, key).stream()
                .filter(t -> filter.allowsAny(t.reportIds())).map(EntityLookup.Tie::personId).distinct().toList();
        return allowed(lookup.persons(ids), label);
    }

    private List<Candidate> allowed(List<PersonEntry> persons, String matchedBy) {
        return persons.stream().filter(p -> filter.allowsAny(p.reportIds()))
                .map(p -> new Candidate(p, matchedBy)).toList();
    }

    private static String stripPrefix(String reference) {
        String text = reference.strip();
        return text.toLowerCase(Locale.ROOT).startsWith("name:") ? text.substring(5) : text;
    }
}
