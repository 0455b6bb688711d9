package org.crimegraph.store;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * A named lock held in the store (a {@code RunLock} node with owner and expiry), so that two scoring
 * runs on one store cannot overlap even when they run on different machines against one server.
 * Acquiring fails fast with {@link RunLockedException} if another owner holds an unexpired lock; an
 * expired lock (its holder crashed) is taken over. Closing releases it.
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

    private RunLock(GraphStore store, String name, String owner) {
        this.store = store;
        this.name = name;
        this.owner = owner;
    }

    /**
     * Takes the lock for {@code owner} until {@code ttl} from now.
     *
     * @throws RunLockedException if another owner holds it and it has not expired
     */
    public static RunLock acquire(GraphStore store, String name, String owner, Duration ttl, Clock clock) {
        String expiresAt = clock.instant().plus(ttl).toString();
        var state = store.writeAndRead("runs/lock-acquire", Map.of("name", name, "owner", owner, "expiresAt", expiresAt),
                r -> new String[] {String.valueOf(r.get("taken").asBoolean()), r.get("owner").asString(),
                        r.get("acquiredAt").asString(), r.get("expiresAt").asString()}).get(0);
        if (!Boolean.parseBoolean(state[0])) {
            throw new RunLockedException("another scoring run holds the '" + name + "' lock on this store: "
                    + state[1] + ", since " + state[2] + " (expires " + state[3] + "); runs on one store must not overlap, "
                    + "try again later");
        }
        return new RunLock(store, name, owner);
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
