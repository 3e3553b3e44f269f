package org.cloudsdk.benchmarks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.benchmarks.LocalFolder.LocalFile;

/**
 * The folder sync a user of a library without one writes, used for the Java peers: one complete
 * container listing (name and ETag of every object), then an upload of every file that is missing
 * or whose MD5 differs, on {@link #THREADS} threads (as many as the ceiling's
 * {@code rclone --transfers 16}). Nothing is deleted remotely: the benchmark's folders only grow.
 */
public final class ListThenUpload {

    /** Upload threads. */
    public static final int THREADS = 16;

    /** One library's two operations. */
    public interface Remote {
        /**
         * @return name to ETag of every object of the container, following every listing page
         * @throws Exception when the listing fails
         */
        Map<String, String> etags() throws Exception;

        /**
         * @param name the object name
         * @param file the file to store under it
         * @throws Exception when the upload fails
         */
        void upload(String name, Path file) throws Exception;
    }

    private ListThenUpload() {
    }

    /**
     * Syncs and prints the RESULT line.
     *
     * @param folder the folder
     * @param remote the library
     * @return the exit code
     * @throws Exception when the listing or an upload fails
     */
    public static int sync(Path folder, Remote remote) throws Exception {
        List<LocalFile> files = LocalFolder.files(folder);
        Map<String, String> remoteEtags = remote.etags();
        List<LocalFile> toUpload = files.stream().filter(file -> {
            String etag = remoteEtags.get(file.name());
            return etag == null || !etag.equalsIgnoreCase(file.md5());
        }).toList();
        AtomicLong uploaded = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> uploads = toUpload.stream().<Future<?>>map(file -> pool.submit(() -> {
                remote.upload(file.name(), file.path());
                uploaded.incrementAndGet();
                return null;
            })).toList();
            for (Future<?> upload : uploads) {
                try {
                    upload.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new IllegalStateException("an upload failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        CommandLine.result("files", files.size(), "uploaded", uploaded.get(), "unchanged",
                files.size() - toUpload.size());
        return CommandLine.EXIT_OK;
    }
}
