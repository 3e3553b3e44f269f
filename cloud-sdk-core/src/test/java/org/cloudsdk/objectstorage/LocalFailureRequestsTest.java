package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.BodyExtractors;

/**
 * This machine's failures during a transfer (a disk that refuses the download, a progress
 * listener that throws) end it with that failure after one request; an /info that cannot be read
 * is asked for again, one that was read is not.
 */
class LocalFailureRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String OBJECT_PATH = SwiftStub.ACCOUNT + "/c/big.bin";
    private final ObjectStorage storage = swift.storage();

    @BeforeEach
    void reset() {
        swift.server.resetAll();
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void aDiskThatRefusesTheDownloadFailsItOnceWithTheDisksError() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "/dev/full (every write fails with ENOSPC) is not available");
        swift.server.stubFor(get(urlEqualTo(OBJECT_PATH)).willReturn(aResponse().withStatus(200)
                .withBody(new byte[256 * 1024])));

        Throwable thrown = catchThrowable(() -> storage.client().execute(
                storage.client().request(HttpMethod.GET, "download_object").path(SwiftPaths.OBJECT, "c", "big.bin"),
                response -> DigestingFileWriter.write(response.body(BodyExtractors.toDataBuffers()), full, 4)));

        assertThat(thrown).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("cannot write to /dev/full")
                .hasMessageContaining("No space left on device");
        swift.server.verify(1, getRequestedFor(urlEqualTo(OBJECT_PATH)));
    }

    @Test
    void aProgressListenerThatThrowsFailsTheUploadAtOnceWithItsOwnError(@TempDir Path dir)
            throws Exception {
        Path file = Files.write(dir.resolve("big.bin"), new byte[1024 * 1024]);
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", Checksums.md5(file))));
        IllegalStateException stop = new IllegalStateException("progress bar of big.bin closed");
        AtomicInteger calls = new AtomicInteger();
        TransferListener throwing = bytes -> {
            calls.incrementAndGet();
            throw stop;
        };

        Throwable thrown = catchThrowable(() -> storage.storeObject("c", "big.bin", file,
                StoreOptions.builder().listener(throwing).build()));

        assertThat(thrown).isSameAs(stop);
        // a second attempt would first take back the bytes of the first: a second call
        assertThat(calls).hasValue(1);
        assertThat(swift.server.findAll(putRequestedFor(urlEqualTo(OBJECT_PATH)))).hasSizeLessThanOrEqualTo(1);
    }

    @Test
    void anInfoThatCannotBeReadIsAskedForAgainAndOneThatWasReadIsKept() {
        swift.server.stubFor(get(urlEqualTo("/info")).willReturn(aResponse().withStatus(503)));

        assertThat(storage.swiftInfo()).isEqualTo(SwiftInfo.DEFAULTS);
        int afterOutage = swift.server.findAll(getRequestedFor(urlEqualTo("/info"))).size();

        swift.server.stubFor(get(urlEqualTo("/info")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"swift\": {\"max_file_size\": 1048576}, \"slo\": {\"max_manifest_segments\": 7,"
                        + " \"min_segment_size\": 1}}")));
        SwiftInfo read = storage.swiftInfo();
        SwiftInfo again = storage.swiftInfo();

        assertThat(afterOutage).isEqualTo(2); // the stub's two attempts
        assertThat(read.maxFileSize()).isEqualTo(1048576);
        assertThat(read.maxManifestSegments()).isEqualTo(7);
        assertThat(again).isSameAs(read);
        swift.server.verify(afterOutage + 1, getRequestedFor(urlEqualTo("/info")));
    }

    @Test
    void anInfoTheClusterDoesNotPublishIsNotAskedForAgain() {
        swift.server.stubFor(get(urlEqualTo("/info")).willReturn(aResponse().withStatus(404)));

        assertThat(storage.swiftInfo()).isEqualTo(SwiftInfo.DEFAULTS);
        assertThat(storage.swiftInfo()).isEqualTo(SwiftInfo.DEFAULTS);

        swift.server.verify(1, getRequestedFor(urlEqualTo("/info")));
    }
}
