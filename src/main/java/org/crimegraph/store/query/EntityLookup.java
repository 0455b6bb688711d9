package org.crimegraph.store.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import org.crimegraph.graph.Claim;
import org.crimegraph.graph.Release;
import org.crimegraph.store.Claims;
import org.crimegraph.store.GraphStore;

/**
 * Finds persons in the store by id, by an identifier tied to them (phone, account, vehicle) or by name
 * through the full-text index {@code claim_names} (cypher/schema.cypher: the names and aliases each report
 * claims, case- and accent-insensitive). Everything is read as claims and passed through the
 * {@link Release}: persons are named from allowed claims, and a name search keeps only hits that an allowed
 * report's claim supports. Inputs must already be normalised (E.164, IBAN, registration): the caller does
 * that with the ingest normalisers, so a lookup matches exactly what ingest stored.
 */
public final class EntityLookup {

    /** Identifiers that tie persons to a thing, each with its statement. A fixed list. */
    public enum Identifier {
        PHONE("query/persons-by-phone"),
        ACCOUNT("query/persons-by-account"),
        VEHICLE("query/persons-by-vehicle");

        private final String statement;

        Identifier(String statement) {
            this.statement = statement;
        }
    }

    /** A person tied to a thing, with the reports behind the tie. */
    public record Tie(String personId, List<String> reportIds) {
    }

    /**
     * A thing a person holds (phone, account, vehicle, address), as stored: the relationship's type, the
     * reports asserting it, and the claims describing the thing (field {@code detail}); the caller passes
     * them through the release.
     */
    public record Holding(String kind, String key, String shown, String relationship, List<String> reportIds,
                          List<Claim> claims) {
        public Holding {
            reportIds = List.copyOf(reportIds);
            claims = List.copyOf(claims);
        }
    }

    /** A name-search hit: the person, the matching form of their name, the full-text score. */
    public record NameHit(String personId, String nameKey, double score) {
    }

    private final GraphStore store;
    private final Release release;

    public EntityLookup(GraphStore store, Release release) {
        this.store = store;
        this.release = release;
    }

    /**
     * The persons with these ids that exist, in the order found, named as the release allows (name and
     * aliases from allowed claims; {@code reportIds} lists every asserting report, for the caller's check).
     */
    public List<PersonEntry> persons(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return store.read("query/persons", Map.of("ids", List.copyOf(ids)), r -> {
            List<Claim> claims = Claims.of(r.get("claims"));
            return new PersonEntry(r.get("personId").asString(), release.text(claims, "name"),
                    release.union(claims, "aliases"), Claims.reportIds(claims));
        });
    }

    /** The id of every person an allowed report asserts, in id order (the shell completes person arguments with them). */
    public List<String> ids() {
        return store.read("query/person-ids", Map.of(),
                        r -> new Tie(r.get("personId").asString(), r.get("reportIds").asList(v -> v.asString())))
                .stream().filter(t -> release.allowsAny(t.reportIds())).map(Tie::personId).toList();
    }

    /** Every claim about one person, as stored (the caller passes them through the release). */
    public List<Claim> claims(String personId) {
        return store.read("query/person-claims", Map.of("id", personId),
                r -> new Claim(r.get("reportId").asString(), r.asMap()));
    }

    /** Every phone, account, vehicle and address tied to one person, as stored (kind, then key order). */
    public List<Holding> holdings(String personId) {
        return store.read("query/person-holdings", Map.of("id", personId),
                r -> new Holding(r.get("kind").asString(), r.get("key").asString(), r.get("shown").asString(),
                        r.get("relationship").asString(), r.get("reportIds").asList(v -> v.asString()),
                        Claims.of(r.get("claims")))).stream()
                .sorted(java.util.Comparator.comparing(Holding::kind).thenComparing(Holding::key)
                        .thenComparing(Holding::relationship))
                .toList();
    }

    /** Persons tied to a phone, account or vehicle (the key in its normal form). */
    public List<Tie> tiedTo(Identifier identifier, String key) {
        return store.read(identifier.statement, Map.of("key", key),
                r -> new Tie(r.get("personId").asString(),
                        r.get("reportIds").isNull() ? List.of() : r.get("reportIds").asList(v -> v.asString())));
    }

    /**
     * Persons whose name or alias contains every word of {@code text} (accents and case ignored), best
     * first. The words are escaped, so Lucene syntax in the input is matched literally.
     */
    public List<NameHit> searchName(String text, int limit) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().split("[\\s]+")) {
            String escaped = escape(word);
            if (!escaped.isEmpty()) {
                words.add(escaped);
            }
        }
        if (words.isEmpty()) {
            return List.of();
        }
        store.read("query/await-name-index", Map.of("seconds", 60), r -> r);
        Map<String, NameHit> best = new LinkedHashMap<>(); // rows come best first
        store.read("query/name-search", Map.of("query", String.join(" AND ", words)), r -> {
            if (release.allows(r.get("reportId").asString())) {
                best.putIfAbsent(r.get("personId").asString(), new NameHit(r.get("personId").asString(),
                        r.get("nameKey").isNull() ? "" : r.get("nameKey").asString(), r.get("score").asDouble()));
            }
            return null;
        });
        return best.values().stream()
                .sorted(java.util.Comparator.comparingDouble(NameHit::score).reversed().thenComparing(NameHit::personId))
                .limit(limit).toList();
    }

    /**
     * One user word as a Lucene literal: a quoted phrase (quote and backslash escaped inside), so that
     * operators ({@code OR}, {@code AND}, {@code NOT}, {@code &&}), wildcards, ranges, fields and
     * fuzziness in the input are matched as text, never parsed. A word without a letter or digit would
     * match no indexed token and is dropped (empty result).
     */
    static String escape(String word) {
        if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return "";
        }
        StringBuilder out = new StringBuilder(word.length() + 2).append('"');
        for (char c : word.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
