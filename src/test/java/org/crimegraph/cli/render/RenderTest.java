package org.crimegraph.cli.render;

import org.crimegraph.text.SafeText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import org.crimegraph.text.Json;
import org.junit.jupiter.api.Test;

class RenderTest {

    @Test
    void textTableAlignsColumnsUnderARuleAsLongAsTheHeader() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        TextTable table = new TextTable().right("rank", 4).gap("  ").left("id", 6).right("score", 6);
        table.printHeader(out);
        table.printRow(out, "1", "P1", "0.500");
        table.printRow(out, "12", "PERSON-LONG", "1.000");
        out.flush();
        String n = System.lineSeparator();
        assertThat(text.toString()).isEqualTo(
                "rank  id      score" + n + "-".repeat(19) + n + "   1  P1      0.500" + n + "  12  PERSON-LONG  1.000" + n);
        assertThat(SafeText.clip("Alexander", 5)).isEqualTo("Alex…");
    }

    @Test
    void csvQuotesAsRfc4180AndNeutralisesFormulas() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        new CsvWriter(out, true).header("id", "name", "score", "n", "ap")
                .row("P1", "Smith, \"Jo\"", 0.1234567891, 3, true)
                .row("=cmd", null, 2.0, 0L, false);
        out.flush();
        String n = System.lineSeparator();
        assertThat(text.toString()).isEqualTo("\uFEFFid,name,score,n,ap" + n
                + "P1,\"Smith, \"\"Jo\"\"\",0.123457,3,true" + n + "'=cmd,,2,0,false" + n);
    }

    @Test
    void oneMapperWritesIndentedJsonWithInstantsAsText() throws Exception {
        String json = Json.pretty(Map.of("at", Instant.parse("2026-01-02T03:04:05Z")));
        assertThat(json).isEqualTo("{" + System.lineSeparator() + "  \"at\" : \"2026-01-02T03:04:05Z\"" + System.lineSeparator() + "}");
        assertThat(Json.lines().writeValueAsString(Map.of("a", 1))).isEqualTo("{\"a\":1}");
    }
}
