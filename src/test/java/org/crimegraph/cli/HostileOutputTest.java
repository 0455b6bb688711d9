package org.crimegraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** Terminal output is neutralised in one place, and {@code --uri} never echoes a secret. */
class HostileOutputTest {

    @Test
    void terminalOutputShowsControlAndBidiCharactersAsEscapes() {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(new TerminalSafeWriter(text), true);
        out.print("name\tRed\u001b[31m\u202eevil\u0085\r\n");
        out.printf("over\rwrite%n");
        out.print("{\"name\":\"a\u2066b\"}");
        out.flush();
        assertThat(text.toString()).isEqualTo("name\tRed\\u001b[31m\\u202eevil\\u0085\r\n"
                + "over\\u000dwrite" + System.lineSeparator() + "{\"name\":\"a\\u2066b\"}");
    }

    @Test
    void aUriWithAPasswordIsRefusedWithoutRepeatingIt() {
        CliTest.Run run = CliTest.run("db", "status", "--uri", "bolt://neo4j:s3cr3t-pw@db.example:7687");
        assertThat(run.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("--uri must not hold a user or password").doesNotContain("s3cr3t-pw");
        assertThat(run.out()).doesNotContain("s3cr3t-pw");

        CliTest.Run invalid = CliTest.run("db", "status", "--uri", "bolt://neo4j:s3cr3t pw@db.example:7687");
        assertThat(invalid.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.err()).doesNotContain("s3cr3t");
    }

    @Test
    void plainTextToAnotherHostWarnsButLoopbackAndTlsDoNot() {
        assertThat(ServerUri.plainTextWarning(ServerUri.parse("bolt://db.example:7687"))).get().asString()
                .contains("not encrypted").contains("bolt+s://");
        assertThat(ServerUri.plainTextWarning(ServerUri.parse("neo4j://10.0.0.5"))).isPresent();
        assertThat(ServerUri.plainTextWarning(ServerUri.parse("bolt://localhost:7687"))).isEmpty();
        assertThat(ServerUri.plainTextWarning(ServerUri.parse("bolt://127.0.0.1:1"))).isEmpty();
        assertThat(ServerUri.plainTextWarning(ServerUri.parse("bolt://[::1]:7687"))).isEmpty();
        assertThat(ServerUri.plainTextWarning(ServerUri.parse("neo4j+s://db.example"))).isEmpty();
        assertThat(ServerUri.parse("bolt+s://db.example:7687")).isEqualTo(URI.create("bolt+s://db.example:7687"));
    }
}
