package org.crimegraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.crimegraph.ingest.ClosestName;
import org.crimegraph.store.StoreUnavailableException;

/** Embedded store folders on disk: whether a folder is one, and the nearest ones when a name is wrong. */
final class StoreFolders {

    private StoreFolders() {
    }

    /** True if {@code folder} holds an embedded store (Neo4j's data folder). */
    static boolean isStore(Path folder) {
        return Files.isDirectory(folder.resolve("data").resolve("databases"));
    }

    /** Refuses a store folder that does not exist, suggesting the nearest one that does. */
    static void requireExisting(Path folder) {
        if (isStore(folder)) {
            return;
        }
        String what = Files.isDirectory(folder) ? folder + " is not a crimegraph store (no data/databases inside)"
                : "no store at " + folder.toAbsolutePath().normalize();
        List<Path> stores = storesNear(folder);
        List<String> names = stores.stream().map(Path::toString).toList();
        String hint = ClosestName.of(folder.toString(), names)
                .or(() -> names.stream().findFirst())
                .map(n -> "; did you mean --store " + n + "?")
                .orElse("; 'crimegraph ingest PATH --store " + folder + "' creates one");
        throw new StoreUnavailableException(what + hint, null);
    }

    /** Store folders within two levels of the working folder and of the nearest existing parent of {@code folder}. */
    private static List<Path> storesNear(Path folder) {
        List<Path> roots = new ArrayList<>();
        roots.add(Path.of(""));
        Path parent = folder.toAbsolutePath().normalize().getParent();
        while (parent != null && !Files.isDirectory(parent)) {
            parent = parent.getParent();
        }
        if (parent != null) {
            roots.add(parent);
        }
        List<Path> found = new ArrayList<>();
        for (Path root : roots) {
            Path start = root.toString().isEmpty() ? Path.of(".") : root;
            try (Stream<Path> walk = Files.walk(start, 2)) {
                walk.filter(Files::isDirectory).filter(StoreFolders::isStore)
                        .map(p -> root.toString().isEmpty() ? start.relativize(p) : p)
                        .filter(p -> !found.contains(p)).forEach(found::add);
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder only means fewer suggestions
            }
        }
        return found;
    }

}
