package org.crimegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crimegraph.graph.PersonNetworkProjection.PersonRecord;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.junit.jupiter.api.Test;

/** The projection's release rules, on a network small enough to check by hand. No store. */
class PersonNetworkProjectionTest {

    // RC: restricted (handling C), graded 3D; RP: shareable (handling P), graded 1B; RP2: shareable, 2C
    static final ReportGrading RC = new ReportGrading("RC", "NCA", Grade.parse("3D"), HandlingCode.C);
    static final ReportGrading RP = new ReportGrading("RP", "OFAST", Grade.parse("1B"), HandlingCode.P);
    static final ReportGrading RP2 = new ReportGrading("RP2", "PAF", Grade.parse("2C"), HandlingCode.P);
    static final List<ReportGrading> REPORTS = List.of(RC, RP, RP2);

    // A, B, C are asserted by the shareable report; S only by the restricted one
    static final List<PersonRecord> PERSONS = List.of(
            new PersonRecord("A", "Alice", List.of("RP")),
            new PersonRecord("B", "Bob", List.of("RP", "RC")),
            new PersonRecord("C", "Carol", List.of("RP2")),
            new PersonRecord("S", "Secret", List.of("RC")));

    /** A call between A and B whose call record only the restricted report gives (phones: shareable). */
    static Evidence callAB(String evidenceId) {
        return new Evidence("A", "B", EvidenceKind.CALL, evidenceId,
                List.of(List.of("RP"), List.of("RC"), List.of("RP")), 0);
    }

    /** An association B-C asserted by a shareable report. */
    static final Evidence ASSOCIATION_BC = new Evidence("B", "C", EvidenceKind.ASSOCIATE, "criminal",
            List.of(List.of("RP2")), 0);

    /** A meeting of C and S, known only from the restricted report. */
    static final Evidence MEETING_CS = new Evidence("C", "S", EvidenceKind.MEETING, "M1", List.of(List.of("RC")), 0);

    static PersonNetwork project(ProjectionFilter filter, List<Evidence> evidence) {
        return new PersonNetworkProjection(filter, ProjectionWeights.DEFAULTS).project(PERSONS, REPORTS, evidence);
    }

    @Test
    void releasableLeavesOutWhatRestsOnARestrictedReport() {
        PersonNetwork network = project(ProjectionFilter.RELEASABLE, List.of(callAB("CALL-1"), ASSOCIATION_BC, MEETING_CS));
        assertThat(network.graph().vertexSet()).containsExactlyInAnyOrder("A", "B", "C");
        assertThat(network.link("A", "B")).isEmpty();
        assertThat(network.link("B", "C")).isPresent();
        assertThat(network.links()).hasSize(1);
        assertThat(network.links()).allSatisfy(link -> {
            assertThat(link.reportIds()).doesNotContain("RC");
            assertThat(link.handling()).isEqualTo(HandlingCode.P);
        });
        PersonLink bc = network.link("C", "B").orElseThrow();
        assertThat(bc.kinds()).containsExactly("associate");
        assertThat(bc.reportIds()).containsExactly("RP2");
        assertThat(bc.weakestGrade()).isEqualTo(Grade.parse("2C"));
        assertThat(bc.weight()).isEqualTo(3.0); // criminal association
    }

    @Test
    void allKeepsTheRestrictedLinkWithItsHandlingAndWeakestGrade() {
        PersonNetwork network = project(ProjectionFilter.ALL, List.of(callAB("CALL-1"), ASSOCIATION_BC, MEETING_CS));
        assertThat(network.graph().vertexSet()).containsExactlyInAnyOrder("A", "B", "C", "S");
        assertThat(network.name("S")).isEqualTo("Secret");
        PersonLink ab = network.link("B", "A").orElseThrow();
        assertThat(ab.source()).isEqualTo("A");
        assertThat(ab.kinds()).containsExactly("call");
        assertThat(ab.reportIds()).containsExactly("RC", "RP");
        assertThat(ab.handling()).isEqualTo(HandlingCode.C);
        assertThat(ab.weakestGrade()).isEqualTo(Grade.parse("3D"));
        assertThat(network.link("C", "S")).isPresent();
        assertThat(network.links()).hasSize(3);
    }

    @Test
    void evidenceWithAPartNoAllowedReportSupportsIsDropped() {
        // with only P reports allowed, the call's middle part (the call record) has no support
        Evidence partlySupported = new Evidence("A", "C", EvidenceKind.CALL, "CALL-2",
                List.of(List.of("RP"), List.of("RC", "UNKNOWN"), List.of("RP2")), 0);
        assertThat(project(ProjectionFilter.RELEASABLE, List.of(partlySupported)).links()).isEmpty();
        // an empty or missing part supports nothing either
        Evidence emptyPart = new Evidence("A", "C", EvidenceKind.SHARED_PHONE, "+447700900123",
                java.util.Arrays.asList(List.of("RP"), null), 0);
        assertThat(project(ProjectionFilter.ALL, List.of(emptyPart)).links()).isEmpty();
        // once every part has an allowed report, it stands, citing only the allowed ones
        Evidence supported = new Evidence("A", "C", EvidenceKind.CALL, "CALL-3",
                List.of(List.of("RP"), List.of("RC", "RP2")), 0);
        PersonLink ac = project(ProjectionFilter.RELEASABLE, List.of(supported)).link("A", "C").orElseThrow();
        assertThat(ac.reportIds()).containsExactly("RP", "RP2");
        assertThat(ac.handling()).isEqualTo(HandlingCode.P);
    }

    @Test
    void theSameCallSeenTwiceCountsOnce() {
        PersonNetwork once = project(ProjectionFilter.ALL, List.of(callAB("CALL-1")));
        // the same call found from both directions, and a second time through another path
        Evidence reversed = new Evidence("B", "A", EvidenceKind.CALL, "CALL-1", List.of(List.of("RP"), List.of("RC")), 0);
        PersonNetwork twice = project(ProjectionFilter.ALL, List.of(callAB("CALL-1"), reversed, callAB("CALL-1")));
        double oneCall = ProjectionWeights.DEFAULTS.weight(EvidenceKind.CALL, List.of("CALL-1"), 0);
        assertThat(once.link("A", "B").orElseThrow().weight()).isEqualTo(oneCall);
        assertThat(twice.link("A", "B").orElseThrow().weight()).isEqualTo(oneCall);
        // a genuinely different call does add weight
        PersonNetwork two = project(ProjectionFilter.ALL, List.of(callAB("CALL-1"), callAB("CALL-9")));
        assertThat(two.link("A", "B").orElseThrow().weight()).isGreaterThan(oneCall);
    }

    @Test
    void theSameTransactionsAmountCountsOnce() {
        Evidence tx = new Evidence("A", "B", EvidenceKind.TRANSACTION, "T1", List.of(List.of("RP")), 10_000);
        double once = project(ProjectionFilter.ALL, List.of(tx)).link("A", "B").orElseThrow().weight();
        double twice = project(ProjectionFilter.ALL, List.of(tx, tx)).link("A", "B").orElseThrow().weight();
        assertThat(twice).isEqualTo(once);
        assertThat(once).isEqualTo(ProjectionWeights.DEFAULTS.weight(EvidenceKind.TRANSACTION, List.of("T1"), 10_000));
    }

    @Test
    void aMinimumGradeAlsoFilters() {
        ProjectionFilter strong = new ProjectionFilter(Grade.parse("2B"), HandlingCode.C);
        PersonNetwork network = project(strong, List.of(callAB("CALL-1"), ASSOCIATION_BC, MEETING_CS));
        // only RP (1B) passes: A and B remain; the call needs RC (3D) and the association RP2 (2C)
        assertThat(network.graph().vertexSet()).containsExactlyInAnyOrder("A", "B");
        assertThat(network.links()).isEmpty();
    }

    @Test
    void aTimeWindowLeavesOutDatedEvidenceOutsideItAndKeepsUndatedEvidence() {
        java.time.Instant march = java.time.Instant.parse("2025-03-10T12:00:00Z");
        java.time.Instant june = java.time.Instant.parse("2025-06-10T12:00:00Z");
        Evidence marchCall = new Evidence("A", "B", EvidenceKind.CALL, "CALL-M", List.of(List.of("RP")), 0, march);
        Evidence juneCall = new Evidence("A", "C", EvidenceKind.CALL, "CALL-J", List.of(List.of("RP")), 0, june);
        ProjectionFilter april = ProjectionFilter.ALL.window(java.time.Instant.parse("2025-04-01T00:00:00Z"), null);
        PersonNetwork network = project(april, List.of(marchCall, juneCall, ASSOCIATION_BC));
        assertThat(network.link("A", "B")).isEmpty();                 // March call: before the window
        assertThat(network.link("A", "C")).isPresent();               // June call: inside
        assertThat(network.link("B", "C")).isPresent();               // association: undated, kept
        assertThat(network.link("A", "C").orElseThrow().firstSeen()).isEqualTo(june);
        PersonNetwork upToMay = project(ProjectionFilter.ALL.window(null, java.time.Instant.parse("2025-06-10T12:00:00Z")),
                List.of(marchCall, juneCall));
        assertThat(upToMay.link("A", "B")).isPresent();
        assertThat(upToMay.link("A", "C")).isEmpty();                 // the end of the window is exclusive
        assertThat(april.describe()).contains("dated evidence from 2025-04-01T00:00:00Z").contains("undated evidence kept");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProjectionFilter.ALL.window(june, march))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
    }
}
