package org.crimegraph.graph;

import java.util.Map;

/**
 * How strongly each kind of evidence ties two persons; a link's weight is the sum over its kinds.
 * The defaults and the reasons for them are in {@code docs/projection.md}: identifiers that two persons
 * share (a phone, an account) are near-proof of a close tie; calls and money grow with volume but with
 * diminishing returns (log scale), so one chatty pair does not drown the structure.
 *
 * @param association weight per association kind (criminal, family, lives_with, social)
 * @param perKind     fixed weight for the shared-identifier and co-presence kinds
 * @param callScale   weight = callScale × log2(1 + calls)
 * @param moneyScale  weight = moneyScale × (log2(1 + transfers) + log10(1 + total amount) / 4)
 * @param meetingCap  at most this much weight from meetings (1 per meeting)
 * @param crossingCap at most this much weight from crossings together (0.5 per pair of crossings)
 */
public record ProjectionWeights(Map<String, Double> association, Map<EvidenceKind, Double> perKind,
                                double callScale, double moneyScale, double meetingCap, double crossingCap) {

    /** The documented defaults. */
    public static final ProjectionWeights DEFAULTS = new ProjectionWeights(
            Map.of("criminal", 3.0, "family", 2.0, "lives_with", 2.0, "social", 1.0),
            Map.of(EvidenceKind.SHARED_PHONE, 3.0, EvidenceKind.SHARED_ACCOUNT, 3.0,
                    EvidenceKind.SHARED_VEHICLE, 2.0, EvidenceKind.SHARED_ADDRESS, 2.0, EvidenceKind.ROUTE, 1.5),
            1.0, 1.0, 3.0, 2.0);

    /** Weight contributed by {@code count} distinct pieces of evidence of one kind. */
    public double weight(EvidenceKind kind, java.util.Collection<String> evidenceIds, double amount) {
        int count = evidenceIds.size();
        return switch (kind) {
            case ASSOCIATE -> evidenceIds.stream().mapToDouble(k -> association.getOrDefault(k, 1.0)).sum();
            case CALL -> callScale * log2(1 + count);
            case TRANSACTION -> moneyScale * (log2(1 + count) + Math.log10(1 + amount) / 4);
            case MEETING -> Math.min(meetingCap, count);
            case CROSSING -> Math.min(crossingCap, 0.5 * count);
            default -> perKind.getOrDefault(kind, 1.0) * count;
        };
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
