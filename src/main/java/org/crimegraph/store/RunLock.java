package org.crimegraph.store;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A named lock held in the store (a {@code RunLock} node with owner and expiry), so that two scoring
 * runs on one store cannot overlap even when they run on different machines against one server.
 * Acquiring fails fast with {@link RunLockedException} if another owner holds an unexpired lock; an
 * expired lock is taken over, and so is the lock of a holder on this machine whose process is no longer
 * running (owner {@code user@host pid N}, killed or out of memory: without this the next night's run would
 * wait for the expiry, 12 hours by default). Closing releases it.
 *
 * <p>The embedded store is also protected by Neo4j's own folder lock: a second process cannot even
 * open it ({@link StoreInUseException}).
 */
public final class RunLock implements AutoCloseable {

    /** The lock scoring runs take. */
    public static final String SCORING = "scoring";

    private final GraphStore store;
    private final String name;
    private final String owner;
    private final String takenOverFrom;

    /** {@code user@host pid N}: the host (group 1) and the process id (group 2). */
    private static final Pattern OWNER = Pattern.compile("[^@]*@(\\S+) pid (\\d{1,18})");

    private RunLock(GraphStore store, String name, String owner, String takenOverFrom) {
        this.store = store;
        this.name = name;
        this.owner = owner;
        this.takenOverFrom = takenOverFrom;
    }

    /**
     * Takes the lock for {@code owner} until {@code ttl} from now.
     *
     * @throws RunLockedException if another owner holds it and it has not expired
     */
    public static RunLock acquire(GraphStore store, String name, String owner, Duration ttl, Clock clock) {
        String expiresAt = clock.instant().plus(ttl).toString();
        String[] state = attempt(store, name, owner, expiresAt, null);
        String staleHolder = null;
        if (!Boolean.parseBoolean(state[0]) && deadOnThisMachine(state[1], owner)) {
            staleHolder = state[1];
            state = attempt(store, name, owner, expiresAt, staleHolder);
        }
        if (!Boolean.parseBoolean(state[0])) {
            throw new RunLockedException("another scoring run holds the '" + name + "' lock on this store: "
                    + state[1] + ", since " + state[2] + " (expires " + state[3] + "); runs on one store must not overlap, "
                    + "try again later");
        }
        return new RunLock(store, name, owner, staleHolder);
    }

    private static String[] attempt(GraphStore store, String name, String owner, String expiresAt, String staleOwner) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("name", name);
        parameters.put("owner", owner);
        parameters.put("expiresAt", expiresAt);
        parameters.put("staleOwner", staleOwner);
        return store.writeAndRead("runs/lock-acquire", parameters,
                r -> new String[] {String.valueOf(r.get("taken").asBoolean()), r.get("owner").asString(),
                        r.get("acquiredAt").asString(), r.get("expiresAt").asString()}).get(0);
    }

    /**
     * Whether {@code holder} ({@code user@host pid N}) names a process on the same machine as {@code owner}
     * that is no longer running. Any other form, another machine, or a live process: false.
     */
    static boolean deadOnThisMachine(String holder, String owner) {
        Matcher h = OWNER.matcher(holder == null ? "" : holder);
        Matcher o = OWNER.matcher(owner);
        if (!h.matches() || !o.matches() || !h.group(1).equals(o.group(1))) {
            return false;
        }
        long pid = Long.parseLong(h.group(2));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    /** The holder of a lock this one took over because its process had died, or null. */
    public String takenOverFrom() {
        return takenOverFrom;
    }

    /**
     * This process as a lock owner, {@code user@host pid N}: the one form {@link #deadOnThisMachine} reads back
     * to tell a holder that has died here.
     */
    public static String thisProcess() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "unknown-host";
        }
        return System.getProperty("user.name", "unknown") + "@" + host + " pid " + ProcessHandle.current().pid();
    }

    /** Who holds the lock. */
    public String owner() {
        return owner;
    }

    @Override
    public void close() {
        store.writeAndRead("runs/lock-release", Map.of("name", name, "owner", owner), r -> r.get("name").asString());
    }
}
