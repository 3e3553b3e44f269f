package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;


/**
 * Folder transfers on an executor the application supplies: its threads do the work, a transfer
 * never runs more than its parallelism at once on it however large it is, cancelling interrupts
 * only the transfer's own tasks, and the executor is never shut down.
 */
class TransferExecutorTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String CONTAINER = SwiftStub.ACCOUNT + "/c";

    @TempDir
    Path folder;

    private final AtomicInteger executeCalls = new AtomicInteger();
    private ExecutorService pool;

    @BeforeEach
    void setUp() {
        swift.server.resetAll();
        // unbounded, as virtual threads or a cached pool would be
        pool = Executors.newCachedThreadPool(named("app-transfer-"));
    }

    @AfterEach
    void tearDown() {
        pool.shutdownNow();
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void theTasksRunOnTheExecutorsThreadsAtMostParallelismAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch release = new CountDownLatch(1);
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            tasks.add(() -> {
                started.incrementAndGet();
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                threads.add(Thread.currentThread().getName());
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.decrementAndGet();
                }
            });
        }

        BoundedWorkers workers = BoundedWorkers.start(counting(pool), "test", 3, tasks);
        awaitValue(running, 3);
        // three tasks hold the three workers: however many threads the pool could start, no
        // fourth task may begin until one of them returns
        assertThat(started.get()).isEqualTo(3);
        release.countDown();
        workers.done().get(30, TimeUnit.SECONDS);

        assertThat(started.get()).isEqualTo(12);
        assertThat(maxRunning.get()).isEqualTo(3);
        assertThat(executeCalls.get()).as("one submission per worker, not per task").isEqualTo(3);
        assertThat(threads).isNotEmpty().allMatch(name -> name.startsWith("app-transfer-"));
        assertThat(pool.isShutdown()).isFalse();
    }

    @Test
    void cancelInterruptsTheRunningTasksAndLeavesTheExecutorsThreadsUninterrupted() throws Exception {
        ExecutorService single = Executors.newSingleThreadExecutor(named("app-single-"));
        try {
            CountDownLatch started = new CountDownLatch(1);
            AtomicInteger interrupted = new AtomicInteger();
            AtomicInteger ran = new AtomicInteger();
            List<Runnable> tasks = new ArrayList<>();
            tasks.add(() -> {
                started.countDown();
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    interrupted.incrementAndGet();
                    Thread.currentThread().interrupt();
                }
            });
            for (int i = 0; i < 5; i++) {
                tasks.add(ran::incrementAndGet);
            }

            BoundedWorkers workers = BoundedWorkers.start(single, "test", 1, tasks);
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(workers.cancel()).isTrue();
            workers.done().get(30, TimeUnit.SECONDS);

            assertThat(interrupted.get()).isEqualTo(1);
            assertThat(ran.get()).as("the tasks not started are dropped").isZero();
            assertThat(workers.cancelled()).isTrue();
            // the same thread serves the application's next task, without our interrupt
            assertThat(single.submit(() -> Thread.currentThread().isInterrupted()).get(30, TimeUnit.SECONDS))
                    .isFalse();
            assertThat(single.isShutdown()).isFalse();
        } finally {
            single.shutdownNow();
        }
    }

    @Test
    void anExecutorThatRefusesEverythingFailsTheStartAndRunsNothing() {
        AtomicInteger ran = new AtomicInteger();
        assertThatThrownBy(() -> BoundedWorkers.start(command -> {
            throw new RejectedExecutionException("shut down");
        }, "test", 2, List.of(ran::incrementAndGet, ran::incrementAndGet)))
                .isInstanceOf(RejectedExecutionException.class);
        assertThat(ran.get()).isZero();
    }

    @Test
    void aSyncHashesAndUploadsOnTheExecutor() throws IOException {
        for (int i = 0; i < 8; i++) {
            file(i);
        }
        swift.server.stubFor(get(urlPathEqualTo(CONTAINER)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SyncListener listener = new SyncListener() {
            @Override
            public void fileSynced(SyncEvent event) {
                threads.add(Thread.currentThread().getName());
            }
        };

        SyncResult result = swift.storage(ObjectStorageSettings.defaults(), counting(pool))
                .syncFolderToContainer(folder, "c", SyncOptions.builder().parallelism(2).listener(listener).build());

        assertThat(result.uploaded()).isEqualTo(8);
        assertThat(result.failed()).isEmpty();
        // the calling thread is one of the two workers; the executor runs the other
        String caller = Thread.currentThread().getName();
        assertThat(threads).anyMatch(name -> name.startsWith("app-transfer-"))
                .allMatch(name -> name.startsWith("app-transfer-") || name.equals(caller));
        // one worker each: the listing, the early hashing and the uploads
        assertThat(executeCalls.get()).isEqualTo(3);
        swift.server.verify(8, putRequestedFor(urlPathMatching(CONTAINER + "/.*")));
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES) // without the caller's share the sync would wait forever
    void aSyncOnAnExecutorWithoutAThreadToSpareIsDoneByTheCallingThread() throws Exception {
        for (int i = 0; i < 5; i++) {
            file(i);
        }
        swift.server.stubFor(get(urlPathEqualTo(CONTAINER)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        // the executor's only thread is busy (as when the caller is itself one of its threads and
        // the others wait too): the workers given to it wait in its queue
        ExecutorService single = Executors.newSingleThreadExecutor(named("busy-"));
        CountDownLatch busy = new CountDownLatch(1);
        single.execute(() -> {
            try {
                busy.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            SyncResult result = swift.storage(ObjectStorageSettings.defaults(), single)
                    .syncFolderToContainer(folder, "c", SyncOptions.builder().parallelism(4).build());

            assertThat(result.uploaded()).isEqualTo(5);
            assertThat(result.failed()).isEmpty();
        } finally {
            busy.countDown();
            single.shutdown();
            assertThat(single.awaitTermination(30, TimeUnit.SECONDS)).as("the late workers find nothing to do")
                    .isTrue();
        }
    }

    @Test
    void aFolderUploadRunsOnTheExecutor() throws IOException {
        for (int i = 0; i < 6; i++) {
            file(i);
        }
        swift.server.stubFor(head(urlPathEqualTo(CONTAINER)).willReturn(aResponse().withStatus(204)));

        FolderUploadResult result = swift.storage(ObjectStorageSettings.defaults(), counting(pool))
                .uploadFolder(folder, FolderUploadOptions.builder().container("c").parallelism(2).build()).await();

        assertThat(result.filesUploaded()).isEqualTo(6);
        assertThat(executeCalls.get()).isEqualTo(2);
        assertThat(pool.isShutdown()).isFalse();
    }

    /** A file and the stub that stores it, answering with its MD5 as Swift does. */
    private void file(int i) throws IOException {
        String content = "content " + i;
        Files.writeString(folder.resolve("f" + i + ".txt"), content);
        swift.server.stubFor(put(urlPathEqualTo(CONTAINER + "/f" + i + ".txt")).willReturn(aResponse()
                .withStatus(201).withHeader("ETag", Checksums.md5(content))));
    }

    private Executor counting(ExecutorService target) {
        return command -> {
            executeCalls.incrementAndGet();
            target.execute(command);
        };
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> new Thread(runnable, prefix + number.incrementAndGet());
    }

    private static void awaitValue(AtomicInteger value, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (value.get() != expected && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(value.get()).isEqualTo(expected);
    }
}
