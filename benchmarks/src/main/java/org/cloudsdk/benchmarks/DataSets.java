package org.cloudsdk.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * The local data sets, made of pseudo-random bytes (so nothing on the way can compress them) and
 * kept between runs: a data set already on disk with the right shape is reused.
 */
public final class DataSets {

    private static final long SEED = 0x5eedL;

    private DataSets() {
    }

    /**
     * @param folder the folder of the sync task
     * @param files how many files
     * @param bytes the size of each
     * @throws IOException when it cannot be written
     */
    public static void folder(Path folder, int files, int bytes) throws IOException {
        if (Files.isDirectory(folder) && matches(folder, files, bytes)) {
            return;
        }
        deleteTree(folder);
        Files.createDirectories(folder);
        SplittableRandom random = new SplittableRandom(SEED);
        byte[] content = new byte[bytes];
        for (int i = 0; i < files; i++) {
            random.nextBytes(content);
            Files.write(folder.resolve(String.format("file-%05d.bin", i)), content);
        }
    }

    private static boolean matches(Path folder, int files, int bytes) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(file -> {
                try {
                    return Files.isRegularFile(file) && Files.size(file) == bytes;
                } catch (IOException e) {
                    return false;
                }
            }).count() == files;
        }
    }

    /**
     * @param file the big file
     * @param bytes its size
     * @throws IOException when it cannot be written
     */
    public static void bigFile(Path file, long bytes) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == bytes) {
            return;
        }
        Files.createDirectories(file.getParent());
        SplittableRandom random = new SplittableRandom(SEED);
        byte[] chunk = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long left = bytes; left > 0; left -= chunk.length) {
                random.nextBytes(chunk);
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
        }
    }

    /**
     * @param path a file or folder to delete with everything under it
     * @throws IOException when it cannot be deleted
     */
    public static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }
}
