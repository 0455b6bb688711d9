package org.crimegraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store is closed to everyone but the process that opened it. */
class ClosedStoreTest {

    @TempDir
    Path dir;

    @Test
    void boltRefusesNoCredentialsWrongPasswordsAndTheDefaultPasswordWhileTheStoreWorks() {
        try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(dir.resolve("db"));
             GraphStore store = GraphStore.open(new StoreTarget.Embedded(dir.resolve("other")))) {
            URI bolt = embedded.boltUri();
            assertRefused(bolt, AuthTokens.none());
            assertRefused(bolt, AuthTokens.basic("neo4j", "wrong-password"));
            assertRefused(bolt, AuthTokens.basic("neo4j", "neo4j")); // Neo4j's default password on a new store
            try (Driver own = driver(bolt, embedded.authToken())) {
                assertThat(own.executableQuery("RETURN 1 AS one").execute().records().get(0).get("one").asInt())
                        .isEqualTo(1);
            }
            // the store's own connection, through GraphStore, works as usual
            assertThat(store.read("status/labels", Map.of(), r -> r)).isNotNull();
        }
    }

    @Test
    void eachStartHasANewSecretAndTheLastOneNoLongerWorks() {
        Path folder = dir.resolve("db");
        AuthToken first;
        try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(folder)) {
            first = embedded.authToken();
        }
        try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(folder)) {
            assertThat(embedded.authToken()).isNotEqualTo(first);
            assertRefused(embedded.boltUri(), first);
        }
    }

    @Test
    void theSecretNeverReachesDisk() throws IOException {
        Path folder = dir.resolve("db");
        String secret;
        try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(folder)) {
            secret = secretOf(embedded);
        }
        byte[] needle = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(indexOf(Files.readAllBytes(file), needle)).as(file.toString()).isEqualTo(-1);
            }
        }
    }

    @Test
    void storeFoldersAndNeo4jLogsArePrivate() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
        Path folder = dir.resolve("cases/db");
        try (EmbeddedNeo4j ignored = EmbeddedNeo4j.start(folder)) {
            assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(Files.getPosixFilePermissions(folder.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (String sub : new String[] {"data", "logs"}) {
                assertThat(Files.getPosixFilePermissions(folder.resolve(sub))).as(sub)
                        .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            }
            try (Stream<Path> logs = Files.walk(folder.resolve("logs"))) {
                for (Path log : logs.toList()) {
                    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(log);
                    assertThat(permissions).as(log.toString()).doesNotContain(PosixFilePermission.OTHERS_READ,
                            PosixFilePermission.GROUP_READ);
                }
            }
        }
    }

    /**
     * Literally another Unix user ({@code nobody}), speaking Bolt 5.0 from a small Python client: needs
     * root to switch user. The unauthenticated and wrong-password attempts above run always; this one
     * adds the real second user when the machine allows it. The right secret, given on stdin (never
     * argv), must work from the same user, so the client itself is known to work.
     */
    @Test
    void anotherUnixUserCannotConnectWithoutTheSecret() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "switching to another Unix user needs root");
        assumeTrue(Files.isExecutable(Path.of("/usr/sbin/runuser")), "runuser is not installed");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "python3 is not installed");
        try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(dir.resolve("db"))) {
            int port = embedded.boltUri().getPort();
            assertThat(boltAsNobody(port, "none", "")).contains("FAILURE").contains("Unauthorized");
            assertThat(boltAsNobody(port, "basic", "wrong-password")).contains("FAILURE").contains("Unauthorized");
            assertThat(boltAsNobody(port, "basic", "neo4j")).contains("FAILURE").contains("Unauthorized");
            assertThat(boltAsNobody(port, "basic", secretOf(embedded))).contains("SUCCESS");
            // and the store's folder is closed to that user
            Process ls = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--", "ls", dir.resolve("db").toString())
                    .redirectErrorStream(true).start();
            assertThat(ls.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(new String(ls.getInputStream().readAllBytes())).containsIgnoringCase("permission denied");
        }
    }

    /** Bolt 5.0 handshake and HELLO as user nobody; the password comes on stdin. Returns the reply. */
    private static String boltAsNobody(int port, String scheme, String password) throws Exception {
        String client = """
                import socket, struct, sys
                def s(t):
                    b = t.encode()
                    return (bytes([0x80 + len(b)]) if len(b) < 16 else bytes([0xD0, len(b)])) + b
                scheme, port = sys.argv[1], int(sys.argv[2])
                password = sys.stdin.read()
                fields = {"user_agent": "probe/1", "scheme": scheme}
                if scheme == "basic":
                    fields.update(principal="neo4j", credentials=password)
                body = bytes([0xB1, 0x01, 0xA0 + len(fields)]) + b"".join(s(k) + s(v) for k, v in fields.items())
                c = socket.create_connection(("127.0.0.1", port), timeout=20)
                c.sendall(bytes([0x60, 0x60, 0xB0, 0x17]) + bytes([0, 0, 0, 5]) + bytes(12))
                if c.recv(4) != bytes([0, 0, 0, 5]):
                    print("NO-BOLT-5.0"); sys.exit(0)
                c.sendall(struct.pack(">H", len(body)) + body + b"\\x00\\x00")
                reply = b""
                while not reply.endswith(b"\\x00\\x00") or len(reply) < 4:
                    chunk = c.recv(65536)
                    if not chunk:
                        break
                    reply += chunk
                print(("SUCCESS " if reply[3] == 0x70 else "FAILURE ") + reply[4:].decode("utf-8", "replace"))
                """;
        Process process = new ProcessBuilder("/usr/sbin/runuser", "-u", "nobody", "--", "/usr/bin/python3", "-c",
                client, scheme, String.valueOf(port)).redirectErrorStream(true).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(password.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String secretOf(EmbeddedNeo4j embedded) {
        return ((org.neo4j.driver.internal.security.InternalAuthToken) embedded.authToken()).toMap()
                .get("credentials").asString();
    }

    private static void assertRefused(URI bolt, AuthToken token) {
        try (Driver driver = driver(bolt, token)) {
            assertThatThrownBy(driver::verifyConnectivity)
                    .isInstanceOfAny(AuthenticationException.class, ClientException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("auth"));
        }
    }

    private static Driver driver(URI bolt, AuthToken token) {
        return GraphDatabase.driver(bolt, token, Config.builder().withLogging(org.neo4j.driver.Logging.none())
                .withMaxConnectionPoolSize(1).build());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
