package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.errors.ServerErrorException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.http.HttpSettings;
import org.cloudsdk.http.Transport;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/** The exact requests of the reactive twin, streaming both ways, and errors as signals. */
class ReactiveRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int CHUNK = 64 * 1024;
    private static final int BIG_CHUNKS = 512; // 32 MiB

    private final ReactiveObjectStorage rx = swift.storage(ObjectStorageSettings.builder().listingPageSize(2).build())
            .reactive();

    @BeforeEach
    void reset() {
        swift.server.resetAll();
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    private static Flux<DataBuffer> text(String... parts) {
        return Flux.fromArray(parts).map(part -> DefaultDataBufferFactory.sharedInstance
                .wrap(part.getBytes(StandardCharsets.UTF_8)));
    }

    /** The i-th chunk of the big test content: made on demand, never all at once. */
    private static byte[] chunk(int i) {
        byte[] bytes = new byte[CHUNK];
        for (int j = 0; j < bytes.length; j++) {
            bytes[j] = (byte) (i * 31 + j);
        }
        return bytes;
    }

    private static String bigMd5() throws Exception {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        for (int i = 0; i < BIG_CHUNKS; i++) {
            md5.update(chunk(i));
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    @Test
    void storeObjectStreamsTheBodyWithLengthTypeAndMetadataAndVerifiesTheEtag() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)
                .withHeader("Etag", Checksums.md5("hello world")).withHeader("Last-Modified", "Wed, 10 Oct 2012 16:06:25 GMT")));

        StepVerifier.create(rx.storeObject("my c", "dir/greeting.txt", text("hello", " world"), 11,
                StoreOptions.builder().metadata(Map.of("Owner_Name", "ops")).ttlSeconds(60).build()))
                .assertNext(stored -> {
                    assertThat(stored.container()).isEqualTo("my c");
                    assertThat(stored.name()).isEqualTo("dir/greeting.txt");
                    assertThat(stored.etag()).isEqualTo(Checksums.md5("hello world"));
                    assertThat(stored.bytes()).isEqualTo(11);
                    assertThat(stored.contentType()).isEqualTo("text/plain");
                    assertThat(stored.lastModified()).isEqualTo(Instant.parse("2012-10-10T16:06:25Z"));
                    assertThat(stored.storage()).isSameAs(rx.blocking());
                })
                .expectComplete().verify(TIMEOUT);

        LoggedRequest put = swift.only();
        assertThat(put.getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/my%20c/dir%2Fgreeting.txt");
        assertThat(put.getHeader("Content-Length")).isEqualTo("11");
        assertThat(put.getHeader("Content-Type")).isEqualTo("text/plain");
        assertThat(put.getHeader("x-object-meta-owner-name")).isEqualTo("ops");
        assertThat(put.getHeader("X-Delete-After")).isEqualTo("60");
        assertThat(put.getHeader("X-Auth-Token")).isEqualTo(SwiftStub.TOKEN);
        // the MD5 of a stream is known only once it has been sent: the check is on the answer
        assertThat(put.containsHeader("ETag")).isFalse();
        assertThat(put.getBodyAsString()).isEqualTo("hello world");
    }

    @Test
    void aBodyOfUnknownLengthIsSentChunked() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Etag",
                Checksums.md5("abc"))));

        StepVerifier.create(rx.storeObject("c", "blob", text("a", "b", "c")))
                .assertNext(stored -> assertThat(stored.bytes()).isEqualTo(3)).expectComplete().verify(TIMEOUT);

        LoggedRequest put = swift.only();
        assertThat(put.getHeader("Transfer-Encoding")).isEqualTo("chunked");
        assertThat(put.containsHeader("Content-Length")).isFalse();
        assertThat(put.getHeader("Content-Type")).isEqualTo("application/octet-stream");
        assertThat(put.getBodyAsString()).isEqualTo("abc");
    }

    @Test
    void thirtyTwoMebibytesStreamThroughWithBoundedDemand() throws Exception {
        String md5 = bigMd5();
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Etag", md5)));
        AtomicLong generated = new AtomicLong();
        AtomicLong largestRequest = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        Flux<DataBuffer> counting = Flux.<DataBuffer>generate(sink -> {
            int i = next.getAndIncrement();
            if (i == BIG_CHUNKS) {
                sink.complete();
                return;
            }
            generated.addAndGet(CHUNK);
            sink.next(DefaultDataBufferFactory.sharedInstance.wrap(chunk(i)));
        }).doOnRequest(n -> largestRequest.accumulateAndGet(n, Math::max));

        StepVerifier.create(rx.storeObject("c", "big.bin", counting, (long) CHUNK * BIG_CHUNKS, StoreOptions.defaults()))
                .assertNext(stored -> {
                    assertThat(stored.etag()).isEqualTo(md5);
                    assertThat(stored.bytes()).isEqualTo(32L * 1024 * 1024);
                })
                .expectComplete().verify(TIMEOUT);

        assertThat(generated.get()).isEqualTo(32L * 1024 * 1024);
        // the sender pulled a few chunks at a time, never the whole body
        assertThat(largestRequest.get()).isBetween(1L, 256L);
        assertThat(swift.only().getHeader("Content-Length")).isEqualTo(Long.toString(32L * 1024 * 1024));
    }

    @Test
    void anEtagThatIsNotTheMd5OfWhatWasSentIsUploadFailedAndTheObjectIsDeleted() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201).withHeader("Etag",
                Checksums.md5("something else"))));
        swift.server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

        StepVerifier.create(rx.storeObject("c", "o", text("payload")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(UploadFailedException.class)
                        .hasMessageContaining(Checksums.md5("payload")).hasMessageContaining("deleted"))
                .verify(TIMEOUT);

        List<LoggedRequest> requests = swift.requests();
        assertThat(requests).extracting(r -> r.getMethod().getName()).containsExactly("PUT", "DELETE");
        assertThat(requests.get(1).getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/c/o");
    }

    @Test
    void aStreamedUploadIsNeverRetried() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(503)));

        StepVerifier.create(rx.storeObject("c", "o", text("once")))
                .expectError(ServerErrorException.class).verify(TIMEOUT);

        assertThat(swift.requests()).hasSize(1);
    }

    @Test
    void uploadingIntoAMissingContainerIsNoSuchContainer() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(404)));

        StepVerifier.create(rx.storeObject("ghost", "o", text("x")))
                .expectErrorSatisfies(error -> assertThat(error).isInstanceOf(NoSuchContainerException.class)
                        .hasMessageContaining("ghost"))
                .verify(TIMEOUT);
    }

    @Test
    void badArgumentsAreErrorSignalsAndNothingIsSent() {
        StepVerifier.create(rx.storeObject("a/b", "o", text("x"))).expectError(IllegalArgumentException.class)
                .verify(TIMEOUT);
        StepVerifier.create(rx.storeObject("c", "o", text("x"), -2, StoreOptions.defaults()))
                .expectErrorMessage("contentLength must be -1 (unknown) or more, was -2").verify(TIMEOUT);
        StepVerifier.create(rx.fetchObject("c", "")).expectError(IllegalArgumentException.class).verify(TIMEOUT);
        StepVerifier.create(rx.listObjects("")).expectError(IllegalArgumentException.class).verify(TIMEOUT);
        StepVerifier.create(rx.deleteContainer(null)).expectError(IllegalArgumentException.class).verify(TIMEOUT);

        assertThat(swift.requests()).isEmpty();
    }

    @Test
    void openObjectGivesTheHeadersAndStreamsTheRange() {
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(206).withBody("llo w")
                .withHeader("Content-Range", "bytes 2-6/11").withHeader("Content-Length", "5").withHeader("Content-Type", "text/plain")
                .withHeader("Etag", Checksums.md5("hello world")).withHeader("X-Object-Meta-Owner", "ops")
                .withHeader("Last-Modified", "Wed, 10 Oct 2012 16:06:25 GMT")));

        StepVerifier.create(rx.openObject("c", "greeting.txt", RangeSpec.of(2, 5))
                .flatMap(opened -> DataBufferUtils.join(opened.content()).map(joined -> {
                    assertThat(joined.toString(StandardCharsets.UTF_8)).isEqualTo("llo w");
                    DataBufferUtils.release(joined);
                    return opened;
                })))
                .assertNext(opened -> {
                    assertThat(opened.object().bytes()).as("the whole object's size").isEqualTo(11);
                    assertThat(opened.object().etag()).isEqualTo(Checksums.md5("hello world"));
                    assertThat(opened.object().contentType()).isEqualTo("text/plain");
                    assertThat(opened.metadata()).containsEntry("x-object-meta-owner", "ops");
                    assertThat(opened.contentLength()).isEqualTo(5);
                })
                .expectComplete().verify(TIMEOUT);

        assertThat(swift.only().getHeader("Range")).isEqualTo("bytes=2-6");
    }

    @Test
    void getObjectStreamsThirtyTwoMebibytesInManyBuffers() throws Exception {
        byte[] whole = new byte[CHUNK * BIG_CHUNKS];
        for (int i = 0; i < BIG_CHUNKS; i++) {
            System.arraycopy(chunk(i), 0, whole, i * CHUNK, CHUNK);
        }
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody(whole)));
        whole = null;
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        AtomicLong received = new AtomicLong();
        AtomicInteger buffers = new AtomicInteger();

        StepVerifier.create(rx.fetchObject("c", "big.bin").doOnNext(buffer -> {
            buffers.incrementAndGet();
            received.addAndGet(buffer.readableByteCount());
            try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
                views.forEachRemaining(md5::update);
            }
            DataBufferUtils.release(buffer);
        }).then()).expectComplete().verify(TIMEOUT);

        assertThat(received.get()).isEqualTo(32L * 1024 * 1024);
        assertThat(HexFormat.of().formatHex(md5.digest())).isEqualTo(bigMd5());
        assertThat(buffers.get()).as("streamed, not joined").isGreaterThan(100);
    }

    @Test
    void aMissingObjectIsANoSuchObjectSignal() {
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404).withBody("<html>Not Found</html>")));
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(404)));
        swift.server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(404)));

        StepVerifier.create(rx.fetchObject("c", "gone")).expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOfSatisfying(NoSuchObjectException.class, e -> {
                    assertThat(e.container()).isEqualTo("c");
                    assertThat(e.object()).isEqualTo("gone");
                })).verify(TIMEOUT);
        StepVerifier.create(rx.getObject("c", "gone")).expectError(NoSuchObjectException.class).verify(TIMEOUT);
        StepVerifier.create(rx.deleteObject("c", "gone")).expectError(NoSuchObjectException.class).verify(TIMEOUT);
    }

    @Test
    void cancellingADownloadReleasesItsConnection() {
        // 8 MiB: far more than the socket buffers hold, so the download is cut mid-way
        byte[] big = new byte[8 * 1024 * 1024];
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(200).withBody(big)));
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Length", "3")));
        // one connection: the HEAD can only go out once the cancelled download has given it back
        try (Transport single = Transport.builder().httpSettings(HttpSettings.defaults().withMaxConnections(1))
                .build()) {
            ReactiveObjectStorage oneConnection = swift.storage(single, ObjectStorageSettings.defaults()).reactive();

            StepVerifier.create(oneConnection.fetchObject("c", "big.bin").doOnNext(DataBufferUtils::release).take(3))
                    .expectNextCount(3).expectComplete().verify(TIMEOUT);
            StepVerifier.create(oneConnection.getObject("c", "small"))
                    .assertNext(head -> assertThat(head.bytes()).isEqualTo(3))
                    .expectComplete().verify(Duration.ofSeconds(5));
        }
    }

    @Test
    void getObjectParsesTheSnapshotOfAHead() {
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Length", "512")
                .withHeader("Content-Type", "image/jpeg").withHeader("Etag", "\"0123456789abcdef0123456789abcdef\"")
                .withHeader("Last-Modified", "Wed, 10 Oct 2012 16:06:25 GMT")));

        StepVerifier.create(rx.getObject("c", "photo.jpg")).assertNext(obj -> {
            assertThat(obj.bytes()).isEqualTo(512);
            assertThat(obj.contentType()).isEqualTo("image/jpeg");
            assertThat(obj.etag()).isEqualTo("0123456789abcdef0123456789abcdef");
        }).expectComplete().verify(TIMEOUT);

        LoggedRequest head = swift.only();
        assertThat(head.getMethod().getName()).isEqualTo("HEAD");
        assertThat(head.getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/c/photo.jpg");
    }

    private static void stubObjectPages() {
        String path = SwiftStub.ACCOUNT + "/c";
        swift.server.stubFor(get(urlPathEqualTo(path)).withQueryParam("marker", absent()).willReturn(json("""
                [{"name": "a", "hash": "0cc175b9c0f1b6a831c399e269772661", "bytes": 1, "content_type": "text/plain",
                  "last_modified": "2026-11-21T13:26:45.704470"},
                 {"subdir": "b/"}]""")));
        swift.server.stubFor(get(urlPathEqualTo(path)).withQueryParam("marker", equalTo("b/")).willReturn(json("""
                [{"name": "c", "bytes": 2}, {"name": "d", "bytes": 3}]""")));
        swift.server.stubFor(get(urlPathEqualTo(path)).withQueryParam("marker", equalTo("d")).willReturn(json("""
                [{"name": "e", "bytes": 4}]""")));
        swift.server.stubFor(get(urlPathEqualTo(path)).withQueryParam("marker", equalTo("e")).willReturn(json("[]")));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8").withBody(body);
    }

    @Test
    void listObjectsFollowsEveryPageUntilAnEmptyOneAndLeavesPseudoFoldersOut() {
        stubObjectPages();

        StepVerifier.create(rx.listObjects("c").map(StorageObject::name))
                .expectNext("a", "c", "d", "e").expectComplete().verify(TIMEOUT);

        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).containsExactly(
                SwiftStub.ACCOUNT + "/c?format=json&limit=2",
                SwiftStub.ACCOUNT + "/c?format=json&limit=2&marker=b%2F",
                SwiftStub.ACCOUNT + "/c?format=json&limit=2&marker=d",
                SwiftStub.ACCOUNT + "/c?format=json&limit=2&marker=e");
    }

    @Test
    void listObjectsFetchesAPageOnlyWhenItIsNeeded() {
        stubObjectPages();

        // page 2 may be asked for as soon as page 1 has been handed out (never earlier); page 3 only
        // once page 2 has: after "c" of [c, d] and a cancel, page 3 was never fetched
        StepVerifier.create(rx.listObjects("c").map(StorageObject::name), 0)
                .thenRequest(1).expectNext("a")
                .then(() -> assertThat(swift.requests()).hasSizeLessThanOrEqualTo(2))
                .thenRequest(1).expectNext("c")
                .thenCancel().verify(TIMEOUT);

        assertThat(swift.requests()).hasSize(2);
    }

    @Test
    void listObjectsWithoutFullListingIsOnePageWithTheOptions() {
        swift.server.stubFor(get(anyUrl()).willReturn(json("[{\"name\": \"photos/x.jpg\", \"bytes\": 9}]")));

        StepVerifier.create(rx.listObjects("c", ListOptions.builder().prefix("photos/").delimiter('/').limit(5)
                .marker("m").build()).map(StorageObject::name)).expectNext("photos/x.jpg").expectComplete().verify(TIMEOUT);

        assertThat(swift.only().getUrl())
                .isEqualTo(SwiftStub.ACCOUNT + "/c?format=json&prefix=photos%2F&delimiter=%2F&limit=5&marker=m");
    }

    @Test
    void listingAMissingContainerIsNoSuchContainer() {
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));

        StepVerifier.create(rx.listObjects("ghost")).expectError(NoSuchContainerException.class).verify(TIMEOUT);
    }

    @Test
    void listContainersPagesLazily() {
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT)).withQueryParam("marker", absent())
                .willReturn(json("[{\"name\": \"a\", \"count\": 1, \"bytes\": 2}, {\"name\": \"b\", \"count\": 0, \"bytes\": 0}]")));
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT)).withQueryParam("marker", equalTo("b"))
                .willReturn(aResponse().withStatus(204)));

        StepVerifier.create(rx.listContainers()).expectNext("a", "b").expectComplete().verify(TIMEOUT);

        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).containsExactly(
                SwiftStub.ACCOUNT + "?format=json&limit=2", SwiftStub.ACCOUNT + "?format=json&limit=2&marker=b");
    }

    @Test
    void createContainerPutsThenReadsItBack() {
        swift.server.stubFor(put(anyUrl()).willReturn(aResponse().withStatus(201)));
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(204)
                .withHeader("X-Container-Object-Count", "0").withHeader("X-Container-Bytes-Used", "0")
                .withHeader("X-Container-Meta-Color", "blue")));

        StepVerifier.create(rx.createContainer("new c")).assertNext(created -> {
            assertThat(created.name()).isEqualTo("new c");
            assertThat(created.metadata()).containsEntry("x-container-meta-color", "blue");
        }).expectComplete().verify(TIMEOUT);

        assertThat(swift.requests()).extracting(r -> r.getMethod().getName() + " " + r.getUrl())
                .containsExactly("PUT " + SwiftStub.ACCOUNT + "/new%20c", "HEAD " + SwiftStub.ACCOUNT + "/new%20c");
    }

    @Test
    void deletingANonEmptyContainerIsAConflictSignal() {
        swift.server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(409)
                .withBody("<html><h1>Conflict</h1><p>There was a conflict when trying to complete your request.</p></html>")));

        StepVerifier.create(rx.deleteContainer("full")).expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(ConflictException.class).hasMessageContaining("'full' is not empty")).verify(TIMEOUT);

        assertThat(swift.only().getMethod().getName()).isEqualTo("DELETE");
    }

    @Test
    void deleteObjectSendsDelete() {
        swift.server.stubFor(delete(anyUrl()).willReturn(aResponse().withStatus(204)));

        StepVerifier.create(rx.deleteObject("c", "a b")).expectComplete().verify(TIMEOUT);

        assertThat(swift.only().getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/c/a%20b");
    }
}
