package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The exact requests of object operations, and the parsing of Swift's answers. */
class ObjectRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String AWKWARD = "dir/é ü?#%+.txt";
    private static final String AWKWARD_PATH = SwiftStub.ACCOUNT + "/my%20c/dir%2F%C3%A9%20%C3%BC%3F%23%25%2B.txt";
    private final ObjectStorage storage = swift.storage();

    @BeforeEach
    void reset() {
        swift.server.resetAll();
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    private static void acceptPut(String content) {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", Checksums.md5(content)).withHeader("Last-Modified", "Wed, 10 Oct 2012 16:06:25 GMT")));
    }

    @Test
    void storeObjectSendsEncodedPathTypeTtlEtagMetadataAndHeaders() {
        acceptPut("hello");
        StorageObject stored = storage.storeObject("my c", AWKWARD, "hello", StoreOptions.builder()
                .ttl(Duration.ofSeconds(90)).contentEncoding("identity").metadata(Map.of("Owner_Name", "ops"))
                .header("X-Object-Meta-Raw", "r").build());

        LoggedRequest put = swift.only();
        assertThat(put.getMethod().getName()).isEqualTo("PUT");
        assertThat(put.getUrl()).isEqualTo(AWKWARD_PATH);
        assertThat(put.getHeader("Content-Type")).isEqualTo("text/plain");
        assertThat(put.getHeader("Content-Length")).isEqualTo("5");
        assertThat(put.getHeader("Content-Encoding")).isEqualTo("identity");
        assertThat(put.getHeader("X-Delete-After")).isEqualTo("90");
        assertThat(put.getHeader("ETag")).isEqualTo(Checksums.md5("hello"));
        assertThat(put.getHeader("x-object-meta-owner-name")).isEqualTo("ops");
        assertThat(put.getHeader("X-Object-Meta-Raw")).isEqualTo("r");
        assertThat(put.getBodyAsString()).isEqualTo("hello");

        assertThat(stored.name()).isEqualTo(AWKWARD);
        assertThat(stored.container()).isEqualTo("my c");
        assertThat(stored.etag()).isEqualTo(Checksums.md5("hello"));
        assertThat(stored.bytes()).isEqualTo(5);
        assertThat(stored.lastModified()).isEqualTo(Instant.parse("2012-10-10T16:06:25Z"));
    }

    @Test
    void contentTypeIsGuessedElseOctetStream() {
        acceptPut("x");
        storage.storeObject("c", "page.html", "x");
        storage.storeObject("c", "no-extension", "x");
        storage.storeObject("c", "any.html", "x", StoreOptions.builder().contentType("application/custom").build());
        assertThat(swift.requests()).extracting(r -> r.getHeader("Content-Type")).containsExactly("text/html",
                "application/octet-stream", "application/custom");
    }

    @Test
    void streamsAreSentChunkedOrWithTheGivenLengthAndFilesWithTheirSize(@TempDir Path dir) throws Exception {
        acceptPut("streamed");
        InputStream in = new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8));
        StorageObject fromStream = storage.storeObject("c", "s", in, StoreOptions.defaults());
        assertThat(fromStream.bytes()).isEqualTo(8);
        assertThat(in.read()).as("left open for its owner").isEqualTo(-1);

        storage.storeObject("c", "s", new ByteArrayInputStream("streamed".getBytes(StandardCharsets.UTF_8)),
                StoreOptions.builder().contentLength(8).build());
        Path file = Files.writeString(dir.resolve("notes.txt"), "streamed");
        StorageObject fromFile = storage.uploadFile("c", file);

        List<LoggedRequest> requests = swift.requests();
        assertThat(requests.get(0).getHeader("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(requests.get(0).containsHeader("ETag")).isFalse();
        assertThat(requests.get(1).getHeader("Content-Length")).isEqualTo("8");
        assertThat(requests.get(2).getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/c/notes.txt");
        assertThat(requests.get(2).getHeader("Content-Length")).isEqualTo("8");
        assertThat(requests.get(2).getHeader("Content-Type")).isEqualTo("text/plain");
        assertThat(requests).extracting(LoggedRequest::getBodyAsString).containsOnly("streamed");
        assertThat(fromFile.name()).isEqualTo("notes.txt");
    }

    @Test
    void aFileGoesOutTheSameWhetherSentZeroCopyOrReadForAProgressListener(@TempDir Path dir) throws Exception {
        byte[] content = new byte[600_000];
        new java.util.Random(3).nextBytes(content);
        Path file = Files.write(dir.resolve("photo.jpg"), content);
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", Checksums.md5(content))));
        java.util.concurrent.atomic.AtomicLong heard = new java.util.concurrent.atomic.AtomicLong();

        StorageObject zeroCopy = storage.uploadFile("c", file);
        StorageObject listened = storage.uploadFile("c", file, "photo.jpg", StoreOptions.builder().listener(heard::addAndGet).build());

        assertThat(zeroCopy.bytes()).isEqualTo(listened.bytes()).isEqualTo(600_000);
        assertThat(zeroCopy.etag()).isEqualTo(listened.etag()).isEqualTo(Checksums.md5(content));
        assertThat(heard).hasValue(600_000);
        assertThat(swift.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.getHeader("Content-Length")).isEqualTo("600000");
            assertThat(request.getHeader("Content-Type")).isEqualTo("image/jpeg");
            assertThat(request.getBody()).isEqualTo(content);
        });
    }

    @Test
    void aSmallFileIsSentFromMemoryWithItsMd5AsEtagSoTheServerChecksIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("small.txt"), "small content");
        acceptPut("small content");
        java.util.concurrent.atomic.AtomicLong heard = new java.util.concurrent.atomic.AtomicLong();

        storage.uploadFile("c", file);
        storage.uploadFile("c", file, "small.txt", StoreOptions.builder().listener(heard::addAndGet).build());

        assertThat(heard).hasValue(13);
        assertThat(swift.requests()).hasSize(2).allSatisfy(request -> {
            assertThat(request.getHeader("ETag")).isEqualTo(Checksums.md5("small content"));
            assertThat(request.getHeader("Content-Length")).isEqualTo("13");
            assertThat(request.getBodyAsString()).isEqualTo("small content");
        });
    }

    @Test
    void serverRefusingTheEtagRaisesUploadFailed() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(422).withBody("Unprocessable Entity")));
        String wrong = Checksums.md5("other");
        assertThatThrownBy(() -> storage.storeObject("c", "o", "text", StoreOptions.builder().etag(wrong).build()))
                .isInstanceOfSatisfying(UploadFailedException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.expectedEtag()).isEqualTo(wrong);
                    assertThat(e.actualEtag()).isNull();
                    assertThat(e).hasMessageContaining(wrong).hasMessageContaining(Checksums.md5("text"))
                            .hasMessageContaining("nothing was stored");
                });
        assertThat(swift.only().getHeader("ETag")).isEqualTo(wrong);
    }

    @Test
    void etagMismatchInTheAnswerRaisesUploadFailedAndDeletesTheObject(@TempDir Path dir) throws Exception {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Etag", "0".repeat(32))));
        swift.server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));
        Path file = Files.writeString(dir.resolve("f.bin"), "content");

        assertThatThrownBy(() -> storage.uploadFile("c", file)).isInstanceOfSatisfying(UploadFailedException.class,
                e -> {
                    assertThat(e.expectedEtag()).isEqualTo(Checksums.md5("content"));
                    assertThat(e.actualEtag()).isEqualTo("0".repeat(32));
                });
        assertThat(swift.requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
                .containsExactly("PUT " + SwiftStub.ACCOUNT + "/c/f.bin", "DELETE " + SwiftStub.ACCOUNT + "/c/f.bin");
    }

    @Test
    void storingIntoAMissingContainerRaisesNoSuchContainer() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(404)));
        assertThatThrownBy(() -> storage.storeObject("nope", "o", "x"))
                .isInstanceOfSatisfying(NoSuchContainerException.class, e -> assertThat(e.container()).isEqualTo("nope"));
    }

    @Test
    void fetchVariantsSendGetWithRangeAndParseHeaders() throws Exception {
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withBody("0123456789")
                .withHeader("Etag", Checksums.md5("0123456789")).withHeader("Content-Type", "text/plain")
                .withHeader("X-Object-Meta-Color", "blue")));

        assertThat(storage.fetchObjectAsString("my c", AWKWARD)).isEqualTo("0123456789");
        FetchedObject withMeta = storage.fetchObject("my c", AWKWARD, true);
        assertThat(withMeta.metadata()).containsEntry("etag", Checksums.md5("0123456789"))
                .containsEntry("x-object-meta-color", "blue").containsEntry("content-type", "text/plain");
        assertThat(storage.fetchObject("my c", AWKWARD, false).metadata()).isEmpty();
        storage.fetchObject("my c", AWKWARD, RangeSpec.bytes(2, 5));
        try (InputStream in = storage.openObjectStream("my c", AWKWARD, 3, 4)) {
            in.readAllBytes();
        }
        try (ObjectChunks chunks = storage.fetchObjectChunks("my c", AWKWARD, 4)) {
            assertThat(chunks.stream().map(String::new)).containsExactly("0123", "4567", "89");
        }

        List<LoggedRequest> requests = swift.requests();
        assertThat(requests).extracting(LoggedRequest::getUrl).containsOnly(AWKWARD_PATH);
        assertThat(requests).extracting(r -> r.getHeader("Range")).containsExactly(null, null, null, "bytes=2-5",
                "bytes=3-6", null);
    }

    @Test
    void missingObjectRaisesNoSuchObjectEverywhere(@TempDir Path dir) {
        swift.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404)));
        List<Runnable> calls = List.of(() -> storage.getObject("c", "o"), () -> storage.fetchObject("c", "o"),
                () -> storage.openObjectStream("c", "o"), () -> storage.deleteObject("c", "o"),
                () -> storage.getObjectMetadata("c", "o"), () -> storage.downloadObject("c", "o", dir, true),
                () -> storage.deleteObjectInSeconds("c", "o", 5));
        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOfSatisfying(NoSuchObjectException.class, e -> {
                assertThat(e.object()).isEqualTo("o");
                assertThat(e.container()).isEqualTo("c");
                assertThat(e.status()).isEqualTo(404);
            });
        }
        assertThat(dir.toFile().list()).as("no partial download left").isEmpty();
    }

    @Test
    void getObjectParsesTheHead() {
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Length", "62")
                .withHeader("Etag", "3b3e32a6cd87076997dad4552972194b").withHeader("Content-Type", "text/plain")
                .withHeader("Last-Modified", "Wed, 10 Oct 2012 16:06:25 GMT")));
        StorageObject obj = storage.getObject("my c", AWKWARD);
        assertThat(swift.only().getUrl()).isEqualTo(AWKWARD_PATH);
        assertThat(obj.etag()).isEqualTo("3b3e32a6cd87076997dad4552972194b");
        assertThat(obj.totalBytes()).isEqualTo(62);
        assertThat(obj.contentType()).isEqualTo("text/plain");
        assertThat(obj.lastModified()).isEqualTo(Instant.parse("2012-10-10T16:06:25Z"));
        assertThat(obj).hasToString("<StorageObject '" + AWKWARD + "' (text/plain)>");
    }

    @Test
    void downloadWritesThroughATemporaryFileAndChecksTheMd5(@TempDir Path dir) throws Exception {
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withBody("three")
                .withHeader("Etag", Checksums.md5("three"))));
        Path written = storage.downloadObject("c", "one/two/three.txt", dir, true);
        assertThat(written).isEqualTo(dir.toAbsolutePath().resolve("one/two/three.txt"));
        assertThat(Files.readString(written)).isEqualTo("three");

        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withBody("damaged")
                .withHeader("Etag", Checksums.md5("three"))));
        assertThatThrownBy(() -> storage.downloadObject("c", "one/two/three.txt", dir, false))
                .hasMessageContaining("damaged");
        assertThat(dir.resolve("three.txt")).doesNotExist();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("one");
        }
    }

    @Test
    void copyUsesPutWithEncodedCopyFromThenHeads() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)));
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Length", "1")));
        swift.server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

        storage.moveObject("my c", AWKWARD, "to", "new name");

        List<LoggedRequest> requests = swift.requests();
        assertThat(requests).extracting(r -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
                "PUT " + SwiftStub.ACCOUNT + "/to/new%20name", "HEAD " + SwiftStub.ACCOUNT + "/to/new%20name",
                // the delete looks first: a large object's segments go with it
                "HEAD " + AWKWARD_PATH, "DELETE " + AWKWARD_PATH);
        assertThat(requests.get(0).getHeader("X-Copy-From")).isEqualTo(AWKWARD_PATH.substring(SwiftStub.ACCOUNT.length()));
        assertThat(requests.get(0).getHeader("Content-Length")).isEqualTo("0");
    }

    @Test
    void objectPostsResendExistingMetadataAndExpiry() {
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("X-Object-Meta-A", "1").withHeader("X-Object-Meta-B", "2")
                .withHeader("X-Delete-At", "1999999999")));
        swift.server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(202)));

        storage.deleteObjectInSeconds("c", "o", 30);
        storage.setObjectMetadata("c", "o", Map.of("C_d", "3"));
        storage.setObjectMetadata("c", "o", Map.of("only", "this"), true);
        storage.removeObjectMetadataKey("c", "o", "a");

        List<LoggedRequest> posts = swift.requests().stream().filter(r -> r.getMethod().getName().equals("POST"))
                .toList();
        assertThat(posts).hasSize(4).allSatisfy(p -> assertThat(p.getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/c/o"));
        assertThat(posts.get(0).getHeader("X-Delete-After")).isEqualTo("30");
        assertThat(posts.get(0).getHeader("x-object-meta-a")).isEqualTo("1");
        assertThat(posts.get(0).getHeader("x-object-meta-b")).isEqualTo("2");
        assertThat(posts.get(1).getHeader("x-object-meta-a")).isEqualTo("1");
        assertThat(posts.get(1).getHeader("x-object-meta-c-d")).isEqualTo("3");
        assertThat(posts.get(1).getHeader("X-Delete-At")).isEqualTo("1999999999");
        assertThat(posts.get(2).getHeader("x-object-meta-only")).isEqualTo("this");
        assertThat(posts.get(2).containsHeader("x-object-meta-a")).isFalse();
        assertThat(posts.get(3).containsHeader("x-object-meta-a")).isFalse();
        assertThat(posts.get(3).getHeader("x-object-meta-b")).isEqualTo("2");
    }
}
