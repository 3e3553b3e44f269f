package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.RetryPolicies;
import org.cloudsdk.http.RetrySettings;
import org.cloudsdk.http.Transport;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;

/** The exact requests of static and dynamic large objects: segments, manifests, cleanup, deletes. */
class LargeObjectRequestsTest {

    private static final int MIB = 1024 * 1024;
    private static final String ACCOUNT = SwiftStub.ACCOUNT;
    private static final String SEGMENT_URL = ACCOUNT + "/c_segments/big.bin%2F(slo|dlo)%2F\\d+\\.\\d{6}%2F2621440%2F1048576%2F";
    private static final SwiftStub swift = new SwiftStub();
    private static final byte[] CONTENT = random(2 * MIB + MIB / 2);
    private static final byte[][] SEGMENTS = {Arrays.copyOfRange(CONTENT, 0, MIB),
            Arrays.copyOfRange(CONTENT, MIB, 2 * MIB), Arrays.copyOfRange(CONTENT, 2 * MIB, CONTENT.length)};
    private static final String SLO_ETAG = Checksums.md5((Checksums.md5(SEGMENTS[0]) + Checksums.md5(SEGMENTS[1])
            + Checksums.md5(SEGMENTS[2])).getBytes(StandardCharsets.US_ASCII));

    private final ObjectStorage storage = swift.storage(ObjectStorageSettings.builder()
            .segmentThreshold(2 * MIB).segmentSize(MIB).segmentParallelism(2).build());

    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void reset() throws IOException {
        swift.server.resetAll();
        file = Files.write(dir.resolve("big.bin"), CONTENT);
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c")).willReturn(aResponse().withStatus(204)
                .withHeader("X-Storage-Policy", "gold")));
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c_segments")).willReturn(aResponse().withStatus(404)));
        swift.server.stubFor(put(urlPathEqualTo(ACCOUNT + "/c_segments")).willReturn(aResponse().withStatus(201)));
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(404)));
        swift.server.stubFor(delete(urlMatching(SEGMENT_URL + "\\d{8}")).willReturn(aResponse().withStatus(204)));
        for (int i = 0; i < SEGMENTS.length; i++) {
            acceptSegment(i, Checksums.md5(SEGMENTS[i]));
        }
        swift.server.stubFor(put(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", "\"" + SLO_ETAG + "\"")));
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }

    private static void acceptSegment(int index, String etag) {
        swift.server.stubFor(put(urlMatching(SEGMENT_URL + "0000000" + index)).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", etag)));
    }

    private static List<LoggedRequest> requests(String method, String urlRegex) {
        return swift.requests().stream().filter(r -> r.getMethod().getName().equals(method)
                && r.getUrl().matches(urlRegex)).toList();
    }

    @Test
    void fileAboveTheThresholdIsUploadedAsSegmentsThenAStaticManifest() {
        AtomicLong heard = new AtomicLong();
        StorageObject stored = storage.uploadFile("c", file, StoreOptions.builder().listener(heard::addAndGet)
                .metadata(java.util.Map.of("owner", "ops")).build());

        LoggedRequest createSegments = requests("PUT", ACCOUNT + "/c_segments").get(0);
        assertThat(createSegments.getHeader("X-Storage-Policy")).as("the container's policy").isEqualTo("gold");

        List<LoggedRequest> segments = requests("PUT", SEGMENT_URL + "\\d{8}").stream()
                .sorted((a, b) -> a.getUrl().compareTo(b.getUrl())).toList();
        assertThat(segments).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(segments.get(i).getUrl()).endsWith("%2F0000000" + i).contains("%2Fslo%2F");
            assertThat(segments.get(i).getBody()).isEqualTo(SEGMENTS[i]);
            assertThat(segments.get(i).getHeader("Content-Length")).isEqualTo(Integer.toString(SEGMENTS[i].length));
        }

        List<LoggedRequest> all = swift.requests();
        LoggedRequest manifest = all.get(all.size() - 1);
        assertThat(manifest.getMethod().getName()).as("the manifest is written last").isEqualTo("PUT");
        assertThat(manifest.getUrl()).isEqualTo(ACCOUNT + "/c/big.bin?multipart-manifest=put");
        assertThat(manifest.getHeader("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(manifest.getHeader("X-Object-Meta-Cloudsdk-Md5")).isEqualTo(Checksums.md5(CONTENT));
        assertThat(manifest.getHeader("X-Object-Meta-Mtime")).matches("\\d+\\.\\d{6}");
        assertThat(manifest.getHeader("X-Object-Meta-Owner")).isEqualTo("ops");
        JsonNode json = Json.parse(manifest.getBody());
        assertThat(json.size()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            String path = json.get(i).path("path").asString();
            assertThat(path).matches("c_segments/big\\.bin/slo/\\d+\\.\\d{6}/2621440/1048576/0000000" + i);
            assertThat(json.get(i).path("etag").asString()).isEqualTo(Checksums.md5(SEGMENTS[i]));
            assertThat(json.get(i).path("size_bytes").asLong()).isEqualTo(SEGMENTS[i].length);
        }

        assertThat(heard).hasValue(CONTENT.length);
        assertThat(stored.etag()).isEqualTo(SLO_ETAG);
        assertThat(stored.bytes()).isEqualTo(CONTENT.length);
    }

    @Test
    void segmentsAreBackgroundWorkAndRideThroughA503ThatFailsAnInteractiveCall() {
        swift.server.stubFor(put(urlMatching(SEGMENT_URL + "00000001")).inScenario("segment outage")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503)).willSetStateTo("back"));
        swift.server.stubFor(put(urlMatching(SEGMENT_URL + "00000001")).inScenario("segment outage")
                .whenScenarioStateIs("back").willReturn(aResponse().withStatus(201)
                        .withHeader("Etag", Checksums.md5(SEGMENTS[1]))));
        try (Transport noInteractiveRetries = Transport.builder()
                .retryPolicies(RetryPolicies.builder()
                        .interactive(RetrySettings.none())
                        .background(new RetrySettings(3, Duration.ofMillis(5), 2.0,
                                Duration.ofMillis(10), Duration.ZERO, Duration.ofSeconds(5)))
                        .build()).build()) {
            ObjectStorage client = swift.storage(noInteractiveRetries, storage.settings());

            StorageObject stored = client.uploadFile("c", file);

            assertThat(stored.etag()).isEqualTo(SLO_ETAG);
            assertThat(requests("PUT", SEGMENT_URL + "00000001")).as("the segment, sent again").hasSize(2);
            assertThat(requests("PUT", ".*multipart-manifest.*")).hasSize(1);
        }
    }

    @Test
    void existingSegmentContainerIsNotCreatedAgain() {
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c_segments")).willReturn(aResponse().withStatus(204)));

        storage.uploadFile("c", file);

        assertThat(requests("PUT", ACCOUNT + "/c_segments")).isEmpty();
    }

    @Test
    void failedSegmentDeletesTheSegmentsStartedAndWritesNoManifest() {
        ObjectStorage oneAtATime = swift.storage(storage.settings().toBuilder().segmentParallelism(1).build());
        swift.server.stubFor(put(urlMatching(SEGMENT_URL + "00000001")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> oneAtATime.uploadFile("c", file)).isInstanceOf(CloudException.class)
                .satisfies(e -> assertThat(((CloudException) e).status()).isEqualTo(500));

        assertThat(requests("PUT", SEGMENT_URL + "00000002")).as("no segment after the failure").isEmpty();
        assertThat(requests("PUT", ".*multipart-manifest.*")).as("no manifest").isEmpty();
        assertThat(requests("DELETE", ".*").stream().map(LoggedRequest::getUrl))
                .as("both segments started are deleted")
                .hasSize(2).anyMatch(url -> url.endsWith("%2F00000000")).anyMatch(url -> url.endsWith("%2F00000001"));
    }

    @Test
    void segmentStoredWithAnotherEtagFailsTheUpload() {
        acceptSegment(2, Checksums.md5("something else"));

        assertThatThrownBy(() -> storage.uploadFile("c", file)).isInstanceOf(UploadFailedException.class)
                .hasMessageContaining("segment 2").hasMessageContaining(Checksums.md5(SEGMENTS[2]));

        assertThat(requests("PUT", ".*multipart-manifest.*")).isEmpty();
        assertThat(requests("DELETE", SEGMENT_URL + "\\d{8}")).hasSize(3);
    }

    @Test
    void contentNotMatchingTheGivenEtagWritesNoManifest() {
        assertThatThrownBy(() -> storage.uploadFile("c", file, StoreOptions.builder()
                .etag(Checksums.md5("other content")).build())).isInstanceOf(UploadFailedException.class)
                .hasMessageContaining(Checksums.md5(CONTENT));

        assertThat(requests("PUT", ".*multipart-manifest.*")).isEmpty();
        assertThat(requests("DELETE", SEGMENT_URL + "\\d{8}")).hasSize(3);
    }

    @Test
    void manifestWithAnUnexpectedEtagIsDeletedWithItsSegments() {
        swift.server.stubFor(put(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", "\"" + Checksums.md5("nope") + "\"")));
        swift.server.stubFor(delete(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(200)));

        assertThatThrownBy(() -> storage.uploadFile("c", file)).isInstanceOf(UploadFailedException.class)
                .hasMessageContaining(SLO_ETAG);

        assertThat(requests("DELETE", ACCOUNT + "/c/big.bin\\?multipart-manifest=delete")).hasSize(1);
    }

    @Test
    void replacingALargeObjectDeletesItsOldSegmentsAfterTheNewManifest() {
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(200)
                .withHeader("X-Static-Large-Object", "True")));
        swift.server.stubFor(get(urlPathEqualTo(ACCOUNT + "/c/big.bin")).withQueryParam("multipart-manifest",
                equalTo("get")).willReturn(aResponse().withStatus(200).withBody(
                        "[{\"name\": \"/c_segments/big.bin/slo/1/2/1/00000000\", \"hash\": \"x\", \"bytes\": 1}]")));
        swift.server.stubFor(delete(urlPathEqualTo(ACCOUNT + "/c_segments/big.bin%2Fslo%2F1%2F2%2F1%2F00000000"))
                .willReturn(aResponse().withStatus(204)));

        storage.uploadFile("c", file);

        List<LoggedRequest> all = swift.requests();
        LoggedRequest last = all.get(all.size() - 1);
        assertThat(last.getMethod().getName()).isEqualTo("DELETE");
        assertThat(last.getUrl()).isEqualTo(ACCOUNT + "/c_segments/big.bin%2Fslo%2F1%2F2%2F1%2F00000000");
        assertThat(all.get(all.size() - 2).getUrl()).endsWith("?multipart-manifest=put");
    }

    @Test
    void dynamicLargeObjectGetsAZeroByteManifestNamingTheSegmentPrefix() {
        swift.server.stubFor(put(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", Checksums.md5(new byte[0]))));

        StorageObject stored = storage.uploadFile("c", file, StoreOptions.builder()
                .largeObjectType(LargeObjectType.DYNAMIC).build());

        assertThat(requests("PUT", SEGMENT_URL + "\\d{8}")).hasSize(3).allSatisfy(r -> assertThat(r.getUrl())
                .contains("%2Fdlo%2F"));
        List<LoggedRequest> all = swift.requests();
        LoggedRequest manifest = all.get(all.size() - 1);
        assertThat(manifest.getUrl()).isEqualTo(ACCOUNT + "/c/big.bin");
        assertThat(manifest.getHeader("Content-Length")).isEqualTo("0");
        assertThat(manifest.getHeader("X-Object-Manifest")).matches("c_segments/big\\.bin%2Fdlo%2F\\d+\\.\\d{6}"
                + "%2F2621440%2F1048576%2F");
        assertThat(manifest.getHeader("X-Object-Meta-Cloudsdk-Md5")).isEqualTo(Checksums.md5(CONTENT));
        assertThat(stored.etag()).as("a DLO's ETag is also the MD5 of its segments' ETags").isEqualTo(SLO_ETAG);
    }

    @Test
    void streamOfDeclaredLengthIsSegmentedOneAfterTheOther() {
        AtomicLong heard = new AtomicLong();
        storage.storeObject("c", "big.bin", new ByteArrayInputStream(CONTENT), StoreOptions.builder()
                .contentLength(CONTENT.length).listener(heard::addAndGet).build());

        List<LoggedRequest> segments = requests("PUT", SEGMENT_URL + "\\d{8}");
        assertThat(segments).extracting(LoggedRequest::getBody).containsExactly(SEGMENTS);
        assertThat(heard).hasValue(CONTENT.length);
        List<LoggedRequest> all = swift.requests();
        assertThat(all.get(all.size() - 1).getHeader("X-Object-Meta-Cloudsdk-Md5")).isEqualTo(Checksums.md5(CONTENT));
    }

    @Test
    void contentBelowTheThresholdIsOnePut() throws IOException {
        byte[] small = Arrays.copyOf(CONTENT, 2 * MIB);
        Path smallFile = Files.write(dir.resolve("small.bin"), small);
        swift.server.stubFor(put(urlPathEqualTo(ACCOUNT + "/c/small.bin")).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", Checksums.md5(small))));

        storage.uploadFile("c", smallFile);

        assertThat(requests("PUT", ".*")).hasSize(1);
    }

    @Test
    void deletingAStaticLargeObjectAsksSwiftToDeleteItsSegments() {
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(200)
                .withHeader("X-Static-Large-Object", "True")));
        swift.server.stubFor(delete(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(200)
                .withBody("{\"Number Deleted\": 4, \"Number Not Found\": 0, \"Response Status\": \"200 OK\", "
                        + "\"Errors\": []}")));

        storage.deleteObject("c", "big.bin");

        LoggedRequest delete = requests("DELETE", ".*").get(0);
        assertThat(delete.getUrl()).isEqualTo(ACCOUNT + "/c/big.bin?multipart-manifest=delete");
        assertThat(delete.getHeader("Accept")).isEqualTo("application/json");
    }

    @Test
    void deletingAnOrdinaryObjectIsOneDelete() {
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(200)));
        swift.server.stubFor(delete(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(204)));

        storage.deleteObject("c", "big.bin");

        assertThat(requests("DELETE", ".*")).extracting(LoggedRequest::getUrl).containsExactly(ACCOUNT + "/c/big.bin");
    }

    @Test
    void deletingADynamicLargeObjectDeletesTheSegmentsUnderItsPrefix() {
        swift.server.stubFor(head(urlPathEqualTo(ACCOUNT + "/c/big.bin")).willReturn(aResponse().withStatus(200)
                .withHeader("X-Object-Manifest", "c_segments/big.bin%2Fdlo%2F1%2F")));
        swift.server.stubFor(get(urlPathEqualTo(ACCOUNT + "/c_segments")).willReturn(aResponse().withStatus(200)
                .withBody("[{\"name\": \"big.bin/dlo/1/00000000\"}, {\"name\": \"big.bin/dlo/1/00000001\"}]")));
        swift.server.stubFor(get(urlPathEqualTo(ACCOUNT + "/c_segments"))
                .withQueryParam("marker", equalTo("big.bin/dlo/1/00000001")).willReturn(aResponse().withStatus(204)));
        swift.server.stubFor(delete(urlMatching(".*")).willReturn(aResponse().withStatus(204)));

        storage.deleteObject("c", "big.bin");

        assertThat(requests("GET", ".*").get(0).getUrl()).contains("prefix=big.bin%2Fdlo%2F1%2F");
        assertThat(requests("DELETE", ".*")).extracting(LoggedRequest::getUrl).containsExactlyInAnyOrder(
                ACCOUNT + "/c/big.bin", ACCOUNT + "/c_segments/big.bin%2Fdlo%2F1%2F00000000",
                ACCOUNT + "/c_segments/big.bin%2Fdlo%2F1%2F00000001");
    }
}
