package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files a folder upload or sync sees: relative names, ignore patterns, hidden files, links. */
class FolderWalkerTest {

    @TempDir
    Path folder;

    @Test
    void findsNestedFilesWithSlashSeparatedRelativeNamesSortedAndSized() throws IOException {
        write("b.txt", "bb");
        write("a/one.txt", "1");
        write("a/deeper/two.txt", "22");

        FolderWalker.Walk walk = FolderWalker.walk(folder, IgnorePatterns.none(), true);

        assertThat(walk.files()).extracting(LocalFile::relativeName).containsExactly("a/deeper/two.txt",
                "a/one.txt", "b.txt");
        assertThat(walk.files()).extracting(LocalFile::size).containsExactly(2L, 1L, 2L);
        assertThat(walk.totalBytes()).isEqualTo(5);
        assertThat(walk.files().get(0).path()).isEqualTo(folder.resolve("a/deeper/two.txt").toAbsolutePath());
        assertThat(walk.files().get(0).lastModified())
                .isEqualTo(Files.getLastModifiedTime(folder.resolve("a/deeper/two.txt")).toInstant());
        assertThat(walk.problems()).isEmpty();
    }

    @Test
    void ignoredFoldersAreSkippedWithEverythingInThemAndTheTotalCountsOnlyWhatIsKept() throws IOException {
        write("keep.py", "12345");
        write("keep.pyc", "xxxxxxxxxx");
        write("tmp_build/out.bin", "xxxxxxxxxx");
        write("src/tmp.txt", "xxxxxxxxxx");
        write("src/main.py", "123");
        write("cache/data/deep.bin", "xxxxxxxxxx");

        FolderWalker.Walk walk = FolderWalker.walk(folder, IgnorePatterns.of(List.of("*.pyc", "tmp*", "cache")),
                true);

        assertThat(walk.files()).extracting(LocalFile::relativeName).containsExactly("keep.py", "src/main.py");
        assertThat(walk.totalBytes()).isEqualTo(8);
    }

    @Test
    void hiddenFilesAndFoldersAreLeftOutUnlessIncluded() throws IOException {
        write(".env", "secret");
        write(".git/config", "x");
        write("src/.swp", "x");
        write("src/App.java", "class App {}");

        assertThat(FolderWalker.walk(folder, IgnorePatterns.none(), false).files())
                .extracting(LocalFile::relativeName).containsExactly("src/App.java");
        assertThat(FolderWalker.walk(folder, IgnorePatterns.none(), true).files())
                .extracting(LocalFile::relativeName).containsExactly(".env", ".git/config", "src/.swp",
                        "src/App.java");
    }

    @Test
    void symbolicLinksAreNeitherFollowedNorUploaded() throws IOException {
        Path outside = Files.createTempDirectory("walker-outside");
        try {
            Files.writeString(outside.resolve("secret.txt"), "not yours");
            write("real.txt", "r");
            try {
                Files.createSymbolicLink(folder.resolve("link-to-dir"), outside);
                Files.createSymbolicLink(folder.resolve("link-to-file.txt"), outside.resolve("secret.txt"));
            } catch (UnsupportedOperationException | IOException noLinks) {
                assumeTrue(false, "symbolic links are not supported here");
            }

            assertThat(FolderWalker.walk(folder, IgnorePatterns.none(), true).files())
                    .extracting(LocalFile::relativeName).containsExactly("real.txt");
        } finally {
            Files.deleteIfExists(outside.resolve("secret.txt"));
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void theExclusionRuleAppliesToRemoteNamesAsToLocalOnes() {
        IgnorePatterns ignore = IgnorePatterns.of(List.of("*.log", "build"));

        assertThat(FolderWalker.isExcluded("app.log", ignore, true)).isTrue();
        assertThat(FolderWalker.isExcluded("build/x/y.class", ignore, true)).as("under an ignored folder").isTrue();
        assertThat(FolderWalker.isExcluded("src/.hidden/x", ignore, false)).isTrue();
        assertThat(FolderWalker.isExcluded("src/.hidden/x", ignore, true)).isFalse();
        assertThat(FolderWalker.isExcluded("src/main.c", ignore, false)).isFalse();
        assertThat(FolderWalker.isExcluded("builder/main.c", ignore, false)).isFalse();
    }

    @Test
    void aFolderThatIsNotADirectoryIsRefused() throws IOException {
        Path file = write("plain.txt", "x");
        assertThatThrownBy(() -> FolderWalker.walk(file, IgnorePatterns.none(), true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("existing directory");
        assertThatThrownBy(() -> FolderWalker.walk(folder.resolve("missing"), IgnorePatterns.none(), true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptyFolderHasNoFiles() {
        FolderWalker.Walk walk = FolderWalker.walk(folder, IgnorePatterns.none(), true);
        assertThat(walk.files()).isEmpty();
        assertThat(walk.totalBytes()).isZero();
    }

    private Path write(String relative, String content) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }
}
