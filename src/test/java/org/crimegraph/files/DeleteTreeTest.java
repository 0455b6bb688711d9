package org.crimegraph.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PrivateFiles#deleteTree}: a folder and everything below it go, deepest first; a missing folder is no error. */
class DeleteTreeTest {

    @TempDir
    Path dir;

    @Test
    void aFolderGoesWithEverythingBelowItAndItsNeighbourStays() throws IOException {
        Path tree = PrivateFiles.createDirectories(dir.resolve("tree/a/b"));
        Files.writeString(tree.resolve("deep.csv"), "x\n");
        Files.writeString(dir.resolve("tree/top.csv"), "y\n");
        Files.createDirectories(dir.resolve("tree/empty"));
        Path neighbour = Files.writeString(dir.resolve("tree-sibling.csv"), "z\n");

        PrivateFiles.deleteTree(dir.resolve("tree"));

        assertThat(dir.resolve("tree")).doesNotExist();
        assertThat(neighbour).exists();
    }

    @Test
    void aMissingFolderIsLeftSo() throws IOException {
        PrivateFiles.deleteTree(dir.resolve("never-made"));
        assertThat(dir.resolve("never-made")).doesNotExist();
        assertThat(dir).exists();
    }
}
