package org.cloudsdk.objectstorage;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Lists the regular files under a folder for an upload or a sync, applying the ignore patterns and
 * the hidden-file rule, in one pass and in the calling thread.
 *
 * <ul>
 * <li>Symbolic links are not followed, and not uploaded: a link can point outside the folder or
 *     form a cycle, and uploading its target would silently copy data the user did not point at.
 * <li>Hidden means a name starting with {@code .} (the POSIX convention pyrax used); a hidden
 *     folder is skipped with everything in it.
 * <li>A folder matched by an ignore pattern is skipped with everything in it.
 * <li>Sockets, pipes and devices are not files to upload and are left out.
 * <li>An unreadable file or folder does not stop the walk: it is reported as a problem, so the
 *     caller can list it as a failure (and a sync never deletes what it could not see).
 * </ul>
 */
final class FolderWalker {

    private FolderWalker() {
    }

    /**
     * What a walk found.
     *
     * @param files the files, sorted by relative name
     * @param problems the files and folders that could not be read, by relative name
     */
    record Walk(List<LocalFile> files, List<FileFailure> problems) {

        /** @return the sum of the files' sizes */
        long totalBytes() {
            return files.stream().mapToLong(LocalFile::size).sum();
        }
    }

    /**
     * @param folder an existing directory
     * @param ignore the patterns of what to leave out
     * @param includeHidden false to leave out names starting with {@code .}
     * @return the files found
     * @throws IllegalArgumentException when {@code folder} is not a directory
     */
    static Walk walk(Path folder, IgnorePatterns ignore, boolean includeHidden) {
        Objects.requireNonNull(folder, "folder must not be null");
        Objects.requireNonNull(ignore, "ignore must not be null");
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("folder must be an existing directory, was " + folder);
        }
        Path root = folder.toAbsolutePath().normalize();
        List<LocalFile> files = new ArrayList<>();
        List<FileFailure> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (dir.equals(root)) {
                                return FileVisitResult.CONTINUE;
                            }
                            return excluded(relativeName(root, dir)) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String name = relativeName(root, file);
                            if (attrs.isRegularFile() && !excluded(name)) {
                                files.add(new LocalFile(file, name, attrs.size(),
                                        attrs.lastModifiedTime().toInstant()));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            String name = relativeName(root, file);
                            if (!excluded(name)) {
                                problems.add(FileFailure.of(name, "cannot be read", e));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult postVisitDirectory(Path dir, @Nullable IOException e) {
                            if (e != null) {
                                problems.add(FileFailure.of(relativeName(root, dir), "cannot be listed", e));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        private boolean excluded(String relativeName) {
                            return isExcluded(relativeName, ignore, includeHidden);
                        }
                    });
        } catch (IOException e) {
            // the visitor handles every per-file failure; this is the folder itself failing
            problems.add(FileFailure.of("", "cannot be walked", e));
        }
        files.sort(Comparator.comparing(LocalFile::relativeName));
        return new Walk(List.copyOf(files), List.copyOf(problems));
    }

    /**
     * The one exclusion rule, shared by the walk and by a sync deciding which remote objects are
     * its own to delete: an object whose local twin would be excluded is not "missing" locally.
     *
     * @param relativeName a path relative to the folder, {@code /}-separated
     * @param ignore the ignore patterns
     * @param includeHidden false to exclude names (of the file or any folder above it) starting
     *     with {@code .}
     * @return whether the path is left out
     */
    static boolean isExcluded(String relativeName, IgnorePatterns ignore, boolean includeHidden) {
        if (!includeHidden && (relativeName.startsWith(".") || relativeName.contains("/."))) {
            return true;
        }
        if (ignore.matches(relativeName)) {
            return true;
        }
        // a folder that is ignored takes everything under it along
        for (int slash = relativeName.indexOf('/'); slash > 0; slash = relativeName.indexOf('/', slash + 1)) {
            if (ignore.matches(relativeName.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }

    private static String relativeName(Path root, Path file) {
        // the walk gives root.resolve(...): the name is the text after the root's and a separator,
        // read without a Path per segment (a resync names every file of the folder each time)
        String rootText = root.toString();
        String text = file.toString();
        String separator = root.getFileSystem().getSeparator();
        int start = rootText.endsWith(separator) ? rootText.length() : rootText.length() + separator.length();
        boolean underRoot = text.length() > start && text.startsWith(rootText)
                && text.startsWith(separator, start - separator.length());
        String relative = underRoot ? text.substring(start) : root.relativize(file).toString();
        return separator.equals("/") ? relative : relative.replace(separator, "/");
    }
}
