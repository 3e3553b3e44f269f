package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** The regular files under a folder, named as objects: their path relative to it, with '/' separators. */
public final class LocalFolder {

    /**
     * @param name the object name
     * @param path the file
     * @param size its size in bytes
     */
    public record LocalFile(String name, Path path, long size) {

        /** @return the MD5 of the content, in lower-case hex (what Swift returns as ETag) */
        public String md5() {
            MessageDigest digest;
            try {
                digest = MessageDigest.getInstance("MD5");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no MD5", e);
            }
            byte[] buffer = new byte[64 * 1024];
            try (InputStream in = Files.newInputStream(path)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }

    private LocalFolder() {
    }

    /**
     * @param folder the folder
     * @return its regular files, in name order
     * @throws IOException when it cannot be walked
     */
    public static List<LocalFile> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).map(path -> new LocalFile(
                    folder.relativize(path).toString().replace(path.getFileSystem().getSeparator(), "/"), path,
                    size(path))).sorted(java.util.Comparator.comparing(LocalFile::name)).toList();
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the size of " + path, e);
        }
    }
}
