package org.crimegraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Phones, IBANs, names, registrations and the progress line, without a store. */
class NormalisationTest {

    @Test
    void phonesInNationalAndInternationalFormsMeetInE164() {
        PhoneNumbers gb = new PhoneNumbers("gb");
        assertThat(gb.toE164("07700 900123")).isEqualTo("+447700900123");
        assertThat(gb.toE164("+44 (0)7700 900123")).isEqualTo("+447700900123");
        assertThat(gb.toE164("0044 7700 900123")).isEqualTo("+447700900123");
        assertThat(gb.toE164("+33 6 39 98 12 34")).isEqualTo("+33639981234");
        PhoneNumbers fr = new PhoneNumbers("FR");
        assertThat(fr.toE164("06 39 98 12 34")).isEqualTo("+33639981234");
        // national forms are read in the region: a UK mobile written nationally is not a French number
        assertThatThrownBy(() -> fr.toE164("07700 900123")).hasMessageContaining("not a possible phone number");
        assertThat(fr.toE164("+44 7700 900123")).isEqualTo("+447700900123");
        assertThatThrownBy(() -> gb.toE164("12")).hasMessageContaining("phone number");
        assertThatThrownBy(() -> gb.toE164("call me")).hasMessageContaining("not a phone number");
        assertThatThrownBy(() -> new PhoneNumbers("XX")).hasMessageContaining("unknown phone region");
    }

    @Test
    void ibansAreValidatedByChecksumAndCountryLength() {
        assertThat(Ibans.normalise("gb82 west 1234 5698 7654 32")).isEqualTo("GB82WEST12345698765432");
        assertThat(Ibans.normalise("FR14-2004-1010-0505-0001-3M02-606")).isEqualTo("FR1420041010050500013M02606");
        assertThatThrownBy(() -> Ibans.normalise("GB83WEST12345698765432")).hasMessage("IBAN check digits are wrong");
        assertThatThrownBy(() -> Ibans.normalise("GB82WEST123456987654")).hasMessageContaining("not a valid IBAN");
        assertThatThrownBy(() -> Ibans.normalise("ZZ82WEST12345698765432")).hasMessageContaining("not");
    }

    @Test
    void namesAndRegistrations() {
        assertThat(NameKey.of("Zoé  O'Brien")).isEqualTo(NameKey.of("ZOE O BRIEN")).isEqualTo("zoe o brien");
        assertThat(NameKey.of("Mehmet Yılmaz")).isEqualTo("mehmet yılmaz"); // dotless ı is a letter of its own
        assertThat(VehicleRegistration.of("ab-123-cd", "fr").key()).isEqualTo("FR:AB123CD");
        assertThat(VehicleRegistration.of("KX19 HTD", "GB")).isEqualTo(new VehicleRegistration("KX19HTD", "GB"));
        assertThatThrownBy(() -> VehicleRegistration.of("A", "GB")).hasMessageContaining("2-12");
        assertThatThrownBy(() -> VehicleRegistration.of("AB123CD", "France")).hasMessageContaining("two-letter");
    }

    @Test
    void progressIsABarOnATerminalAndLinesOtherwise() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressLine lines = new ProgressLine(out, "ingest calls.csv", 0, 1_000, false);
        lines.update(500, 250);
        lines.finish(500, 250);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).matches("ingest calls.csv:  25\\.0% 500 rows \\([0-9,]+ rows/s\\)\\R");
        bytes.reset();
        ProgressLine bar = new ProgressLine(out, "ingest calls.csv", 0, 1_000, true);
        bar.update(900, 500);
        bar.finish(1_000, 1_000);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\ringest calls.csv: [###############               ]  50.0% 900 rows");
        assertThat(drawn).contains("\ringest calls.csv: [##############################] 100.0% 1,000 rows").endsWith("\n");
    }

    @Test
    void countedProgressSaysHowManyOfWhatAndHowLong() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        new ProgressLine(out, "export", 0, 2, false, "formats").show(1, 1);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).matches("export:  50\\.0% 1 of 2 formats \\([0-9,]+ s\\)\\R");
        bytes.reset();
        new ProgressLine(out, "projection read: call", 0, -1, false, "evidence rows").show(412_000, 412_000);
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .matches("projection read: call: 412,000 evidence rows \\([0-9,]+ s\\)\\R");
        bytes.reset();
        new ProgressLine(out, "report: network picture", 0, -1, false, "s").show(3, 3);
        assertThat(bytes.toString(StandardCharsets.UTF_8)).matches("report: network picture: under way \\([0-9,]+ s\\)\\R");
        bytes.reset();
        ProgressLine bar = new ProgressLine(out, "diff: reading run r1 (1 of 2)", 0, 40_000, true, "persons");
        bar.show(20_000, 20_000);
        bar.finish(40_000, 40_000);
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertThat(drawn).startsWith("\rdiff: reading run r1 (1 of 2): [###############               ]  50.0% 20,000 of 40,000 persons");
        assertThat(drawn).contains("100.0% 40,000 of 40,000 persons").endsWith("\n");
    }
}
