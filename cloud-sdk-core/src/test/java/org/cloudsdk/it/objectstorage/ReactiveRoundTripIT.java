package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.cloudsdk.objectstorage.StorageObject;
import org.cloudsdk.objectstorage.StoreOptions;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.test.StepVerifier;

/** The reactive twin on the real Swift: streamed round trips, listing, deleting, event-loop callers. */
class ReactiveRoundTripIT {

    private static final int CHUNK = 64 * 1024;
    private static final int CHUNKS = 128; // 8 MiB
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final ReactiveObjectStorage rx = LocalSwift.storage().reactive();

    private static byte[] chunk(int i) {
        byte[] bytes = new byte[CHUNK];
        for (int j = 0; j < bytes.length; j++) {
            bytes[j] = (byte) (i * 17 + j * 7);
        }
        return bytes;
    }

    /** 8 MiB made chunk by chunk as the upload asks for them. */
    private static Flux<DataBuffer> eightMebibytes() {
        return Flux.range(0, CHUNKS).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk(i)));
    }

    private static String md5Of(Flux<DataBuffer> content) {
        MessageDigest md5 = md5();
        content.doOnNext(buffer -> {
            try (DataBuffer.ByteBufferIterator views = buffer.readableByteBuffers()) {
                views.forEachRemaining(md5::update);
            }
            DataBufferUtils.release(buffer);
        }).blockLast(TIMEOUT);
        return HexFormat.of().formatHex(md5.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eightMebibytesRoundTripAsFluxesListAndDelete() {
        String expected = md5Of(eightMebibytes());
        try (TestContainer c = TestContainer.create()) {
            StepVerifier.create(rx.storeObject(c.name(), "big/known.bin", eightMebibytes(), (long) CHUNK * CHUNKS,
                    StoreOptions.defaults()))
                    .assertNext(stored -> {
                        assertThat(stored.etag()).isEqualTo(expected);
                        assertThat(stored.bytes()).isEqualTo(8L * 1024 * 1024);
                    }).expectComplete().verify(TIMEOUT);
            StepVerifier.create(rx.storeObject(c.name(), "big/chunked.bin", eightMebibytes()))
                    .assertNext(stored -> assertThat(stored.etag()).isEqualTo(expected))
                    .expectComplete().verify(TIMEOUT);

            assertThat(md5Of(rx.fetchObject(c.name(), "big/known.bin"))).isEqualTo(expected);
            assertThat(md5Of(rx.fetchObject(c.name(), "big/chunked.bin"))).isEqualTo(expected);
            StepVerifier.create(rx.getObject(c.name(), "big/chunked.bin"))
                    .assertNext(head -> assertThat(head.bytes()).isEqualTo(8L * 1024 * 1024))
                    .expectComplete().verify(TIMEOUT);

            StepVerifier.create(rx.listObjects(c.name()).map(StorageObject::name))
                    .expectNext("big/chunked.bin", "big/known.bin").expectComplete().verify(TIMEOUT);
            assertThat(rx.listContainers().collectList().block(TIMEOUT)).contains(c.name());

            StepVerifier.create(rx.deleteObject(c.name(), "big/known.bin")).expectComplete().verify(TIMEOUT);
            StepVerifier.create(rx.fetchObject(c.name(), "big/known.bin"))
                    .expectError(NoSuchObjectException.class).verify(TIMEOUT);
            StepVerifier.create(rx.listObjects(c.name()).map(StorageObject::name))
                    .expectNext("big/chunked.bin").expectComplete().verify(TIMEOUT);
        }
    }

    @Test
    void containersComeAndGoReactively() {
        String name = "it-rx-" + Long.toHexString(System.nanoTime());
        StepVerifier.create(rx.createContainer(name))
                .assertNext(created -> assertThat(created.objectCount()).isZero()).expectComplete().verify(TIMEOUT);
        StepVerifier.create(rx.deleteContainer(name)).expectComplete().verify(TIMEOUT);
        assertThat(rx.listContainers().collectList().block(TIMEOUT)).doesNotContain(name);
    }

    @Test
    void callsMadeOnANonBlockingThreadWorkWhereTheBlockingApiRefuses() {
        try (TestContainer c = TestContainer.create()) {
            AtomicInteger nonBlockingCalls = new AtomicInteger();
            AtomicBoolean blockingRefused = new AtomicBoolean();
            List<String> names = Mono.just(c.name())
                    .publishOn(Schedulers.parallel())
                    .doOnNext(container -> {
                        // the same place refuses the blocking API, so this test exercises an event-loop caller
                        blockingRefused.set(catchThrowableOfType(IllegalStateException.class,
                                () -> rx.blocking().getContainer(container)) != null);
                    })
                    .flatMap(container -> {
                        if (Schedulers.isInNonBlockingThread()) {
                            nonBlockingCalls.incrementAndGet();
                        }
                        return rx.storeObject(container, "from-event-loop.txt", Flux.just(
                                DefaultDataBufferFactory.sharedInstance.wrap("hi".getBytes(StandardCharsets.UTF_8))));
                    })
                    .publishOn(Schedulers.parallel())
                    .flatMapMany(stored -> {
                        if (Schedulers.isInNonBlockingThread()) {
                            nonBlockingCalls.incrementAndGet();
                        }
                        return rx.fetchObject(c.name(), stored.name()).map(buffer -> {
                            String text = buffer.toString(StandardCharsets.UTF_8);
                            DataBufferUtils.release(buffer);
                            return text;
                        }).concatWith(rx.listObjects(c.name()).map(StorageObject::name));
                    })
                    .collectList()
                    .block(TIMEOUT);

            assertThat(blockingRefused).isTrue();
            assertThat(nonBlockingCalls).hasValue(2);
            assertThat(names).containsExactly("hi", "from-event-loop.txt");
        }
    }
}
