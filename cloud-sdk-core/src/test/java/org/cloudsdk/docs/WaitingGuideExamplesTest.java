package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.wait.Waitable;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.micrometer.observation.ObservationRegistry;

/**
 * {@code docs/waiting.md}: every {@code java} block appears verbatim in
 * {@link WaitingGuideExamples}, and the examples run against handles whose first poll answers.
 */
class WaitingGuideExamplesTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path GUIDE = MODULE.getParent().resolve("docs/waiting.md");
    private static final Path EXAMPLES = MODULE.resolve("src/test/java/org/cloudsdk/docs/WaitingGuideExamples.java");

    private final Waiter waiter = Waiter.builder().build();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        waiter.close();
    }

    /** A handle whose every poll answers the same: a status, a failure, or nothing at all (null). */
    record Handle(String id, String status, Object answer, AtomicInteger polls) implements Waitable<Handle> {

        static Handle answering(String id, Object answer) {
            return new Handle(id, "BUILD", answer, new AtomicInteger());
        }

        @Override
        public Optional<Object> attribute(String name) {
            return Optional.ofNullable(Map.of("status", status).get(name));
        }

        @Override
        public CompletableFuture<Handle> reloadAsync() {
            polls.incrementAndGet();
            if (answer == null) {
                return new CompletableFuture<>();
            }
            if (answer instanceof Throwable failure) {
                return CompletableFuture.failedFuture(failure);
            }
            return CompletableFuture.completedFuture(new Handle(id, (String) answer, answer, polls));
        }
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> everyBlockOfTheGuideAppearsInTheExamples() throws IOException {
        List<String> source = DocExamplesMatchSourcesTest.normalized(Files.readAllLines(EXAMPLES,
                StandardCharsets.UTF_8));
        List<DocExamplesMatchSourcesTest.Block> blocks = DocExamplesMatchSourcesTest.javaBlocks(GUIDE);
        assertThat(blocks).hasSize(13);
        return blocks.stream().map(block -> DynamicTest.dynamicTest("waiting.md line " + block.line(),
                () -> assertThat(DocExamplesMatchSourcesTest.indexOf(source,
                        DocExamplesMatchSourcesTest.normalized(block.lines())))
                        .as("%s%n%nis not in %s, verbatim but for indentation and trailing spaces",
                                block.describe(), MODULE.relativize(EXAMPLES))
                        .isNotNegative()));
    }

    @Test
    void theBlockingExamplesReturnTheSnapshotTheyWaitedFor() {
        assertThat(WaitingGuideExamples.waitForBuild(waiter, Handle.answering("srv-1", "ACTIVE")).status())
                .isEqualTo("ACTIVE");
        assertThat(WaitingGuideExamples.waitUntil(waiter, Handle.answering("srv-1", "ERROR")).status())
                .isEqualTo("ERROR");
        assertThat(WaitingGuideExamples.loadBalancer(waiter, Handle.answering("lb-1", "ACTIVE")).status())
                .isEqualTo("ACTIVE");
        assertThat(WaitingGuideExamples.verboseBuild(waiter, Handle.answering("srv-1", "available")).status())
                .isEqualTo("available");
        assertThat(WaitingGuideExamples.many(waiter, List.of(Handle.answering("a", "ACTIVE"),
                Handle.answering("b", "ACTIVE")))).extracting(Handle::id).containsExactly("a", "b");
        assertThat(WaitingGuideExamples.deletion(waiter, Handle.answering("srv-1",
                new NotFoundException("gone"))).status()).isEqualTo("BUILD");
    }

    @Test
    void theFailureExampleReportsAFailedBuild() {
        WaitingGuideExamples.failures(waiter, Handle.answering("srv-1", "ERROR"), out);
        WaitingGuideExamples.failures(waiter, Handle.answering("srv-2", "ACTIVE"), out);

        assertThat(printed()).isEqualTo("srv-1 failed: status=ERROR" + System.lineSeparator()
                + "built: srv-2" + System.lineSeparator());
    }

    @Test
    void theAsynchronousExamplesReport() throws Exception {
        WaitingGuideExamples.async(waiter, Handle.answering("srv-1", "ACTIVE"), out).get(20, TimeUnit.SECONDS);
        CompletableFuture<Handle> failing = WaitingGuideExamples.callback(waiter, Handle.answering("srv-2", "ERROR"),
                out);
        failing.handle((value, error) -> null).get(20, TimeUnit.SECONDS);
        // the callback runs after the future completes: wait for its line
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!printed().contains("the build failed") && System.nanoTime() < limit) {
            Thread.sleep(2);
        }

        assertThat(printed()).contains("srv-1 is ACTIVE").contains("the build failed: handle srv-2 reached status=ERROR");
    }

    @Test
    void cancellingStopsAHungWait() {
        Handle hung = Handle.answering("srv-1", null);

        assertThat(WaitingGuideExamples.cancel(waiter, hung)).isTrue();
    }

    @Test
    void theSharedWaiterIsOneForTheWholeJvm() {
        assertThat(WaitingGuideExamples.sharedWaiter()).isSameAs(Waiter.shared());
    }

    @Test
    void anOwnWaiterIsBuilt() {
        try (Waiter own = WaitingGuideExamples.ownWaiter(ObservationRegistry.NOOP)) {
            assertThat(own.waitForBuild(Handle.answering("srv-1", "ACTIVE")).status()).isEqualTo("ACTIVE");
        }
    }
}
