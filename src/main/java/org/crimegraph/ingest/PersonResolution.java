package org.crimegraph.ingest;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.crimegraph.analysis.Monitor;
import org.crimegraph.store.ResolutionStore;

/**
 * Entity resolution for persons. Strong identifiers need none: a phone (E.164), account (IBAN or
 * bank+number), vehicle (registration + country), location or document id is a node key, so two rows
 * naming it meet in one node by {@code MERGE}. Person records that only <em>look</em> alike are never
 * merged silently; they become {@code POSSIBLE_SAME_AS} candidates with a score and the rule that fired:
 * <ul>
 *   <li>{@code same-name-dob} (score {@value #SAME_NAME_DOB_SCORE}): the same normalised name
 *       ({@link NameKey}) and the same date of birth;</li>
 *   <li>{@code similar-name+shared-phone|account|vehicle} (score = the names' Jaro-Winkler similarity,
 *       at least {@value #NAME_THRESHOLD}): similar names and a shared identifier — one person under two
 *       records, or two relatives sharing a phone; the analyst decides.</li>
 * </ul>
 * Jaro-Winkler (Winkler 1990, "String comparator metrics and enhanced decision rules in the
 * Fellegi-Sunter model of record linkage") suits short personal names with typos and transliteration
 * variants; Apache Commons Text implements it. An analyst confirms, rejects or undoes each candidate
 * ({@code crimegraph resolve}); see {@code docs/grading.md}, "Entity resolution".
 */
public final class PersonResolution {

    /** Score of the same-name-and-birth-date rule. */
    public static final double SAME_NAME_DOB_SCORE = 0.95;
    /** Least Jaro-Winkler similarity of names for the shared-identifier rule. */
    public static final double NAME_THRESHOLD = 0.88;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private final ResolutionStore store;

    public PersonResolution(ResolutionStore store) {
        this.store = store;
    }

    /** What a scan found. */
    public record Scan(List<ResolutionStore.Candidate> candidates, long newPairs) {
    }

    /**
     * Finds candidates by every rule and records them; returns them and how many pairs are new. Each rule reads
     * the whole store (minutes at a million persons), so its progress shows on {@code monitor}.
     */
    public Scan scan(Monitor monitor) {
        Map<String, ResolutionStore.Candidate> best = new LinkedHashMap<>();
        for (ResolutionStore.Pair pair : store.sameNameAndBirthDate(monitor)) {
            keep(best, new ResolutionStore.Candidate(pair.a(), pair.b(), SAME_NAME_DOB_SCORE, pair.rule(), pair.via()));
        }
        for (ResolutionStore.Pair pair : store.sharingAnIdentifier(monitor)) {
            double similarity = nameSimilarity(pair.nameA(), pair.nameB());
            if (similarity >= NAME_THRESHOLD) {
                keep(best, new ResolutionStore.Candidate(pair.a(), pair.b(), round(similarity), pair.rule(), pair.via()));
            }
        }
        List<ResolutionStore.Candidate> candidates = new ArrayList<>(best.values());
        return new Scan(candidates, store.record(candidates, monitor));
    }

    /** Jaro-Winkler similarity of two normalised names, 0 to 1. */
    public static double nameSimilarity(String nameKeyA, String nameKeyB) {
        return JARO_WINKLER.apply(nameKeyA, nameKeyB);
    }

    /** The pair in store order (smaller id first); throws if the two ids are one. */
    public static String[] ordered(String a, String b) {
        if (a.equals(b)) {
            throw new IllegalArgumentException("a person record is always the same as itself: " + a);
        }
        return a.compareTo(b) < 0 ? new String[] {a, b} : new String[] {b, a};
    }

    /** Confirms a pair as one person, recording who and when. */
    public boolean confirm(String a, String b, String analyst, Clock clock) {
        String[] pair = ordered(a, b);
        return store.confirm(pair[0], pair[1], analyst, clock.instant());
    }

    /** Rejects a pair (two different persons), recording who and when. */
    public boolean reject(String a, String b, String analyst, Clock clock) {
        String[] pair = ordered(a, b);
        return store.reject(pair[0], pair[1], analyst, clock.instant());
    }

    /** Undoes the decision on a pair; returns what was undone or null if there was none. */
    public String undo(String a, String b, String analyst, Clock clock) {
        String[] pair = ordered(a, b);
        return store.undo(pair[0], pair[1], analyst, clock.instant());
    }

    private static void keep(Map<String, ResolutionStore.Candidate> best, ResolutionStore.Candidate candidate) {
        best.merge(candidate.a() + "\u0000" + candidate.b(), candidate, (x, y) -> y.score() > x.score() ? y : x);
    }

    private static double round(double value) {
        return Double.parseDouble(String.format(Locale.ROOT, "%.3f", value));
    }
}
