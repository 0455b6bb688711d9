package org.crimegraph.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crimegraph.app.query.ReferenceReading.Kind;
import org.crimegraph.ingest.PhoneNumbers;
import org.junit.jupiter.api.Test;

/** {@link ReferenceClassifier}: what a typed reference may be, without a store. */
class ReferenceClassifierTest {

    private final ReferenceClassifier classifier = new ReferenceClassifier(new PhoneNumbers("GB"));

    private List<String> readings(String text) {
        return classifier.readings(text).stream().map(r -> r.kind() + " " + r.key()).toList();
    }

    @Test
    void aNationalPhoneNumberIsReadInTheDefaultRegionAfterTheId() {
        assertThat(readings("07700 900515")).startsWith("ID 07700 900515", "PHONE +447700900515")
                .endsWith("NAME 07700 900515");
        assertThat(new ReferenceClassifier(new PhoneNumbers("FR")).readings("06 39 98 79 20"))
                .extracting(ReferenceReading::key).contains("+33639987920");
    }

    @Test
    void anIbanIsReadInElectronicFormBeforeThePhone() {
        assertThat(readings("GB82 WEST 1234 5698 7654 32"))
                .containsSubsequence("ID GB82 WEST 1234 5698 7654 32", "IBAN GB82WEST12345698765432");
        assertThat(classifier.readings("fr7618342009050983678923975").get(1))
                .isEqualTo(new ReferenceReading(Kind.IBAN, "FR7618342009050983678923975",
                        "account FR7618342009050983678923975"));
    }

    @Test
    void aRegistrationIsReadWithoutSeparatorsAndANameIsOnlyAName() {
        assertThat(readings("ef-482-kl")).contains("VEHICLE EF482KL");
        assertThat(readings("Marie Dupont")).containsExactly("ID Marie Dupont", "NAME Marie Dupont");
        assertThat(readings("  zoé  ")).containsExactly("ID zoé", "NAME zoé");
    }

    @Test
    void aPrefixForcesOneReading() {
        assertThat(readings("id:P020")).containsExactly("ID P020");
        assertThat(readings("name: 07700 900515")).containsExactly("NAME 07700 900515");
        assertThat(readings("PHONE:+33 6 39 98 79 20")).containsExactly("PHONE +33639987920");
        assertThat(readings("vrm:PN15 RHK")).containsExactly("VEHICLE PN15RHK");
        assertThat(readings("iban:GB82WEST12345698765432")).containsExactly("IBAN GB82WEST12345698765432");
    }

    @Test
    void aForcedIdentifierThatDoesNotNormaliseIsAnErrorNamingIt() {
        assertThatThrownBy(() -> classifier.readings("phone:abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'abc'");
        assertThatThrownBy(() -> classifier.readings("iban:GB00WEST12345698765432"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GB00WEST12345698765432");
        // unforced, a bad IBAN is simply not read as one
        assertThat(readings("GB00WEST12345698765432")).noneMatch(r -> r.startsWith("IBAN"));
    }
}
