package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.crimegraph.store.StoreStatus;

/** What a store holds once the sample case (sample-data, without the partner bundle) is loaded. */
public final class SampleCaseCounts {

    private SampleCaseCounts() {
    }

    /** Asserts the sample case's persons, reports, calls, transactions, crossings and meetings. */
    public static void assertLoaded(StoreStatus status) {
        assertThat(status.count("Person")).isEqualTo(56);
        assertThat(status.count("Report")).isEqualTo(28);
        assertThat(status.count("Call")).isEqualTo(418);
        assertThat(status.count("Transaction")).isEqualTo(66);
        assertThat(status.count("Crossing")).isEqualTo(180);
        assertThat(status.count("Meeting")).isEqualTo(7);
    }
}
