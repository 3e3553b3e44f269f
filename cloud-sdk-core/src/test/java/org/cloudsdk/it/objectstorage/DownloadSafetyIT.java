package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Object names that would escape the download directory, stored for real on Swift. */
class DownloadSafetyIT {

    private final ObjectStorage storage = LocalSwift.storage();

    @Test
    void hostileNamesNeverWriteOutsideTheDirectory(@TempDir Path root) throws Exception {
        Path target = Files.createDirectory(root.resolve("target"));
        List<String> hostile = List.of("../x", "/abs", "a\\b", "a//b", "a/../../x", "./x");
        try (TestContainer c = TestContainer.create()) {
            for (String name : hostile) {
                storage.storeObject(c.name(), name, "evil");
            }
            storage.storeObject(c.name(), "fine/name.txt", "ok");
            for (String name : hostile) {
                for (boolean structure : new boolean[] {true, false}) {
                    assertThatThrownBy(() -> storage.downloadObject(c.name(), name, target, structure))
                            .as(name).isInstanceOf(IllegalArgumentException.class)
                            .hasMessageContaining("cannot be downloaded");
                }
            }
            assertThat(storage.downloadObject(c.name(), "fine/name.txt", target, true)).startsWith(target.toAbsolutePath());
            assertThatThrownBy(() -> storage.downloadObject(c.name(), "fine/name.txt", root.resolve("missing"), true))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("existing directory");
        }
        try (Stream<Path> written = Files.walk(root)) {
            assertThat(written.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
                    .containsExactly("target/fine/name.txt");
        }
    }
}
