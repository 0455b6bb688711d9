package org.crimegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import org.crimegraph.model.Grade;
import org.crimegraph.model.HandlingCode;
import org.junit.jupiter.api.Test;

/** The release component's rules (docs/provenance.md §2), on hand-made claims. */
class ReleaseTest {

    private static final List<ReportGrading> REPORTS = List.of(
            new ReportGrading("R-P1B", "NCA", Grade.parse("1B"), HandlingCode.P),
            new ReportGrading("R-P2C", "PAF", Grade.parse("2C"), HandlingCode.P),
            new ReportGrading("R-Q1B", "OFAST", Grade.parse("1B"), HandlingCode.P),
            new ReportGrading("R-C1A", "DNRED", Grade.parse("1A"), HandlingCode.C));

    private static final Release PARTNER = Release.of(ProjectionFilter.RELEASABLE, REPORTS);
    private static final Release INTERNAL = Release.of(ProjectionFilter.ALL, REPORTS);

    private static Claim claim(String report, String field, Object value) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put(field, value);
        return new Claim(report, values);
    }

    @Test
    void theMostTrustedAllowedClaimGivesTheValueAndTiesGoToTheSmallestReportId() {
        List<Claim> names = List.of(claim("R-P2C", "name", "Weak"), claim("R-Q1B", "name", "Q"),
                claim("R-P1B", "name", "P"), claim("R-C1A", "name", "Restricted"));
        assertThat(INTERNAL.value(names, "name")).isEqualTo("Restricted"); // 1A beats 1B
        assertThat(PARTNER.value(names, "name")).isEqualTo("P");           // 1B tie: R-P1B < R-Q1B
        assertThat(PARTNER.conflict(names, "name")).isTrue();
        assertThat(PARTNER.stated(names, "name")).extracting(Release.Stated::value).containsExactly("P", "Q", "Weak");
    }

    @Test
    void aValueOnlyWithheldReportsGiveIsAbsentAndAliasesAreTheAllowedUnion() {
        List<Claim> only = List.of(claim("R-C1A", "name", "Secret"), claim("R-P2C", "name", null));
        assertThat(PARTNER.value(only, "name")).isNull();
        assertThat(PARTNER.conflict(only, "name")).isFalse();
        List<Claim> aliases = List.of(claim("R-P2C", "aliases", List.of("b", "a")), claim("R-C1A", "aliases", List.of("x")),
                claim("R-P1B", "aliases", List.of("a", "c")));
        assertThat(PARTNER.union(aliases, "aliases")).containsExactly("a", "c", "b");
        assertThat(INTERNAL.union(aliases, "aliases")).containsExactly("x", "a", "c", "b");
    }

    @Test
    void evidenceStandsOnlyIfEveryPartHasAnAllowedReportAndCrossingsUseAllowedTimes() {
        assertThat(PARTNER.allowedReports(List.of(List.of("R-P1B", "R-C1A"), List.of("R-P2C")))).containsExactly("R-P1B", "R-P2C");
        assertThat(PARTNER.allowedReports(List.of(List.of("R-P1B"), List.of("R-C1A")))).isNull();
        ZonedDateTime t = ZonedDateTime.parse("2024-03-14T10:00:00Z");
        List<Claim> first = List.of(claim("R-P1B", "at", t));
        List<Claim> second = List.of(claim("R-P2C", "at", t.plusHours(5)), claim("R-C1A", "at", t.plusMinutes(5)));
        ClaimedEvidence together = new ClaimedEvidence("A", "B", EvidenceKind.CROSSING, "X1|X2",
                List.of(List.of("R-P1B"), List.of("R-P2C", "R-C1A")), List.of(first, second));
        assertThat(together.under(INTERNAL, Duration.ofMinutes(30))).isNotNull();  // the 1A time is 5 minutes off
        assertThat(together.under(PARTNER, Duration.ofMinutes(30))).isNull();      // the shareable time is 5 hours off
        assertThat(Release.same(t, t.withZoneSameInstant(java.time.ZoneOffset.ofHours(2)))).isTrue();
    }
}
