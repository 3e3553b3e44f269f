package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A download into a real file system that fills up (a 1 MiB tmpfs, mounted by the test; skipped
 * where mounting is not allowed) fails once, with the disk's own error, and leaves nothing behind.
 */
class DownloadToFullDiskTest {

    private static final SwiftStub swift = new SwiftStub();
    private static Path mountPoint;
    private static boolean mounted;

    @BeforeAll
    static void mountSmallDisk() throws IOException, InterruptedException {
        mountPoint = Files.createTempDirectory("cloudsdk-full-disk-");
        mounted = run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", mountPoint.toString());
    }

    @AfterAll
    static void unmount() throws IOException, InterruptedException {
        try {
            swift.close();
        } finally {
            if (mounted) {
                run("umount", mountPoint.toString());
            }
            Files.deleteIfExists(mountPoint);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return false;
        }
        process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return false;
        }
        return process.exitValue() == 0;
    }

    @Test
    void aDownloadLargerThanTheDiskFailsOnceWithNoSpaceLeftAndLeavesNoFile() throws IOException {
        assumeTrue(mounted && "tmpfs".equals(Files.getFileStore(mountPoint).type()),
                "cannot mount a tmpfs here (not root, or no mount permission)");
        byte[] content = new byte[3 * 1024 * 1024];
        new Random(15).nextBytes(content);
        String path = SwiftStub.ACCOUNT + "/c/big.bin";
        swift.server.stubFor(get(urlEqualTo(path)).willReturn(aResponse().withStatus(200)
                .withHeader("Etag", Checksums.md5(content)).withBody(content)));
        ObjectStorage storage = swift.storage();

        Throwable thrown = catchThrowable(() -> storage.downloadObject("c", "big.bin", mountPoint, false));

        assertThat(thrown).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("big.bin")
                .hasMessageContaining(mountPoint.toString())
                .hasMessageContaining("No space left on device");
        assertThat(thrown.getCause()).isInstanceOf(IOException.class);
        swift.server.verify(1, getRequestedFor(urlEqualTo(path)));
        try (Stream<Path> left = Files.list(mountPoint)) {
            assertThat(left).isEmpty();
        }
    }
}
