package org.cloudsdk.wait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import org.cloudsdk.errors.ClientErrorException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ConnectionFailedException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.errors.OperationInterruptedException;
import org.cloudsdk.errors.OverLimitException;
import org.cloudsdk.errors.ServerErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

/** The states of a wait, its limits, its 404 policy, cancellation, rate limits and its threads. */
class WaiterTest {

    private static final WaitOptions FAST = WaitOptions.builder().interval(Duration.ofMillis(5)).build();
    private static final List<String> ACTIVE = List.of("ACTIVE");

    private final Waiter waiter = Waiter.builder().build();

    @AfterEach
    void close() {
        waiter.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long limit = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("still waiting for " + what).isLessThan(limit);
            Thread.sleep(2);
        }
    }

    @Test
    void returnsTheFirstSnapshotWithADesiredValue() {
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", "BUILD", "ACTIVE", "DELETED");
        FakeResource start = FakeResource.server("srv-1", script);

        FakeResource active = waiter.waitUntil(start, "status", ACTIVE, FAST);

        assertThat(active.attribute("status")).contains("ACTIVE");
        assertThat(active.id()).isEqualTo("srv-1");
        assertThat(start.attribute("status")).as("the starting snapshot is not changed").contains("BUILD");
        assertThat(script.reloads).hasValue(3);
    }

    @Test
    void aBlockingWaitEndsEvenWhenTheCompletionExecutorRunsNothing() {
        // the common pool may have every worker blocked in SDK calls: a blocking wait must not need it
        List<Runnable> neverRun = new CopyOnWriteArrayList<>();
        try (Waiter starved = Waiter.builder().completionExecutor(neverRun::add).build()) {
            FakeResource.Script script = new FakeResource.Script(null, "BUILD", "ACTIVE");

            assertThat(starved.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, FAST)
                    .attribute("status")).contains("ACTIVE");
            assertThat(neverRun).isEmpty();

            // the future forms still complete on the completion executor, where dependents belong
            CompletableFuture<FakeResource> async = starved.waitUntilAsync(FakeResource.server("srv-2",
                    new FakeResource.Script(null, "ACTIVE")), "status", ACTIVE, FAST);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (neverRun.isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(async).isNotDone();
            neverRun.forEach(Runnable::run);
            assertThat(async.join().attribute("status")).contains("ACTIVE");
        }
    }

    @Test
    void theFormsWithoutOptionsUseTheWaitersDefaults() {
        WaitOptions until = FAST.toBuilder().attempts(2).build();
        WaitOptions build = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(5)).build();
        try (Waiter configured = Waiter.builder().defaults(until, build).build()) {
            assertThat(configured.untilDefaults()).isEqualTo(until);
            assertThat(configured.buildDefaults()).isEqualTo(build);

            // two attempts, then the wait gives up: the defaults' attempts applied, not pyrax's "until reached"
            FakeResource.Script slow = new FakeResource.Script(null, "BUILD", "BUILD", "BUILD", "ACTIVE");
            assertThatThrownBy(() -> configured.waitUntil(FakeResource.server("srv-1", slow), "status", ACTIVE))
                    .isInstanceOf(WaitTimeoutException.class);
            // every 5 ms instead of pyrax's 20 s: done at once
            FakeResource.Script built = new FakeResource.Script(null, "BUILD", "ACTIVE");
            assertThat(configured.waitForBuild(FakeResource.server("srv-2", built)).attribute("status")).contains("ACTIVE");
        }
        assertThat(Waiter.shared().untilDefaults()).isEqualTo(WaitOptions.defaults());
        assertThat(Waiter.shared().buildDefaults()).isEqualTo(WaitOptions.forBuild());
        assertThatThrownBy(() -> Waiter.builder().defaults(null, WaitOptions.forBuild()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("until must not be null");
    }

    @Test
    void aFailureValueEndsTheWaitAtOnceWithTheFailedSnapshot() {
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", "ERROR", "ACTIVE");

        ResourceFailedException failed = catchThrowableOfType(ResourceFailedException.class,
                () -> waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, FAST));

        assertThat(failed.lastSnapshot(FakeResource.class).attribute("status")).contains("ERROR");
        assertThat(failed.lastValue()).contains("ERROR");
        assertThat(failed.attribute()).isEqualTo("status");
        assertThat(failed.polls()).isEqualTo(2);
        assertThat(failed.getMessage()).contains("server srv-1 reached status=ERROR, a failure state");
        assertThat(script.reloads).hasValue(2);
    }

    @Test
    void aValueAmongTheDesiredOnesIsNoFailure() {
        // the seed's own call: wait_until(srv, "status", ["ACTIVE", "ERROR"])
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", "ERROR");

        FakeResource ended = waiter.waitUntil(FakeResource.server("srv-1", script), "status",
                List.of("ACTIVE", "ERROR"), FAST);

        assertThat(ended.attribute("status")).contains("ERROR");
    }

    @Test
    void desiredValuesMatchAsText() {
        FakeResource.Script script = new FakeResource.Script(null, Map.of("status", "ACTIVE", "progress", 40),
                Map.of("status", "ACTIVE", "progress", 100));

        FakeResource done = waiter.waitUntil(FakeResource.server("srv-1", script), "progress", List.of(100), FAST);

        assertThat(done.attribute("progress")).contains(100);
        assertThat(script.reloads).hasValue(2);
    }

    @Test
    void attemptsRunningOutEndTheWaitWithTheLastSnapshot() {
        FakeResource.Script script = new FakeResource.Script(null, "BUILD");

        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class, () -> waiter.waitUntil(
                FakeResource.server("srv-1", script), "status", ACTIVE, FAST.toBuilder().attempts(3).build()));

        assertThat(timeout.reason()).isEqualTo(WaitTimeoutException.Reason.ATTEMPTS_EXHAUSTED);
        assertThat(timeout.polls()).isEqualTo(3);
        assertThat(timeout.lastValue()).contains("BUILD");
        assertThat(script.reloads).hasValue(3);
    }

    @Test
    void theDeadlineEndsAWaitThatNeverArrives() {
        FakeResource.Script script = new FakeResource.Script(null, "BUILD");
        WaitOptions options = FAST.toBuilder().deadline(Duration.ofMillis(100)).build();

        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class,
                () -> waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, options));

        assertThat(timeout.reason()).isEqualTo(WaitTimeoutException.Reason.DEADLINE);
        assertThat(timeout.lastValue()).contains("BUILD");
        assertThat(timeout.lastSnapshot(FakeResource.class).attribute("status")).contains("BUILD");
        assertThat(timeout.getMessage()).contains("deadline of PT0.1S").contains("last status=BUILD");
    }

    @Test
    void theDeadlineCancelsAPollThatNeverAnswers() {
        // the first poll is due before the deadline, so it is in flight when the deadline passes
        FakeResource.Script script = new FakeResource.Script(null, FakeResource.HANG);
        WaitOptions options = FAST.toBuilder().deadline(Duration.ofMillis(100)).build();

        WaitTimeoutException timeout = catchThrowableOfType(WaitTimeoutException.class,
                () -> waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, options));

        assertThat(timeout.reason()).isEqualTo(WaitTimeoutException.Reason.DEADLINE);
        assertThat(script.reloads).hasValue(1);
        assertThat(script.future(0)).as("the hung poll").isCancelled();
        assertThat(timeout.polls()).isZero();
        assertThat(timeout.lastValue()).as("the starting snapshot's").contains("BUILD");
    }

    @Test
    void aPollTimeoutCancelsTheHungPollAndPollsAgain() {
        FakeResource.Script script = new FakeResource.Script(null, FakeResource.HANG, "ACTIVE");
        WaitOptions options = FAST.toBuilder().pollTimeout(Duration.ofMillis(20)).build();

        FakeResource active = waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, options);

        assertThat(active.attribute("status")).contains("ACTIVE");
        assertThat(script.future(0)).isCancelled();
        assertThat(script.reloads).hasValue(2);
    }

    @Test
    void notFoundFailsTheWaitByDefault() {
        NotFoundException gone = new NotFoundException("server srv-1 not found");
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", gone);

        assertThatThrownBy(() -> waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, FAST))
                .isSameAs(gone);
    }

    @Test
    void notFoundIsSuccessWhenWaitingForADeletion() {
        FakeResource.Script script = new FakeResource.Script(null, "ACTIVE", "DELETING",
                new NotFoundException("server srv-1 not found"));
        WaitOptions options = FAST.toBuilder().notFound(NotFoundPolicy.SUCCEED).build();

        FakeResource last = waiter.waitUntil(FakeResource.server("srv-1", script), "status", List.of("DELETED"),
                options);

        assertThat(last.attribute("status")).as("the last snapshot before it vanished").contains("DELETING");
        assertThat(script.reloads).hasValue(3);
    }

    @Test
    void serverErrorsAndConnectionFailuresAreToleratedUpToTheBound() {
        FakeResource.Script script = new FakeResource.Script(null, new ServerErrorException("HTTP 503"),
                new ConnectionFailedException("connection reset"), new ClientErrorException("HTTP 408",
                        new ErrorDetails(408, "compute", "getServer", null, null), null), "ACTIVE");

        FakeResource active = waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, FAST);

        assertThat(active.attribute("status")).contains("ACTIVE");
        assertThat(script.reloads).hasValue(4);
    }

    @Test
    void tooManyFailedPollsInARowFailTheWaitWithTheLastFailure() {
        ServerErrorException second = new ServerErrorException("HTTP 500 again");
        FakeResource.Script script = new FakeResource.Script(null, new ServerErrorException("HTTP 500"), second,
                "ACTIVE");
        WaitOptions options = FAST.toBuilder().maxPollFailures(1).build();

        assertThatThrownBy(() -> waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, options))
                .isSameAs(second);
        assertThat(script.reloads).hasValue(2);
    }

    @Test
    void aFailureThatIsNotTransientEndsTheWaitAtOnce() {
        ForbiddenException forbidden = new ForbiddenException("policy does not allow compute:get");
        FakeResource.Script script = new FakeResource.Script(null, forbidden, "ACTIVE");

        assertThatThrownBy(() -> waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, FAST))
                .isSameAs(forbidden);
        assertThat(script.reloads).hasValue(1);
    }

    @Test
    void retryAfterSlowsTheNextPollToTheServersHint() throws Exception {
        try (RecordingScheduler scheduler = new RecordingScheduler();
                Waiter recorded = Waiter.builder().scheduler(scheduler).build()) {
            FakeResource.Script script = new FakeResource.Script(null,
                    new OverLimitException("HTTP 429", ErrorDetails.NONE, 7), "BUILD");

            CompletableFuture<FakeResource> wait = recorded.waitUntilAsync(FakeResource.server("srv-1", script),
                    "status", ACTIVE, FAST);
            await(() -> !scheduler.delays.isEmpty(), "the next poll to be scheduled");

            assertThat(scheduler.delays).containsExactly(Duration.ofSeconds(7));
            assertThat(script.reloads).hasValue(1);
            assertThat(wait).isNotDone();
            wait.cancel(true);
            assertThat(scheduler.getQueue()).as("the slowed poll is dropped on cancel").isEmpty();
        }
    }

    @Test
    void aRateLimitWithoutRetryAfterDoublesThePauseAndASuccessResetsIt() throws Exception {
        try (RecordingScheduler scheduler = new RecordingScheduler();
                Waiter recorded = Waiter.builder().scheduler(scheduler).build()) {
            OverLimitException limited = new OverLimitException("HTTP 413");
            FakeResource.Script script = new FakeResource.Script(null, limited, limited, "BUILD", "ACTIVE");
            WaitOptions options = WaitOptions.builder().interval(Duration.ofMillis(10)).build();

            recorded.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, options);

            assertThat(scheduler.delays).containsExactly(Duration.ofMillis(20), Duration.ofMillis(40),
                    Duration.ofMillis(10));
            assertThat(script.reloads).hasValue(4);
        }
    }

    @Test
    void cancellingTheFutureBetweenPollsDropsTheNextPoll() throws Exception {
        try (RecordingScheduler scheduler = new RecordingScheduler();
                Waiter recorded = Waiter.builder().scheduler(scheduler).build()) {
            FakeResource.Script script = new FakeResource.Script(null, "BUILD");
            CompletableFuture<FakeResource> wait = recorded.waitUntilAsync(FakeResource.server("srv-1", script),
                    "status", ACTIVE, WaitOptions.builder().interval(Duration.ofHours(1)).build());
            await(() -> scheduler.delays.contains(Duration.ofHours(1)), "the second poll to be scheduled");

            assertThat(wait.cancel(true)).isTrue();

            // the next poll, an hour away, would stay queued had the cancellation not removed it
            await(() -> scheduler.getQueue().isEmpty(), "the scheduled poll to be dropped");
            assertThat(script.reloads).hasValue(1);
            assertThatThrownBy(wait::join).isInstanceOf(CancellationException.class);
        }
    }

    @Test
    void cancellingTheFutureDuringAPollCancelsThePollAndStopsThePolling() throws Exception {
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", "BUILD", FakeResource.HANG, "BUILD");
        CompletableFuture<FakeResource> wait = waiter.waitUntilAsync(FakeResource.server("srv-1", script),
                "status", ACTIVE, FAST);
        await(() -> script.reloads.get() == 3, "the third poll");

        assertThat(wait.cancel(true)).isTrue();

        assertThat(script.future(2)).as("the poll in flight").isCancelled();
        Thread.sleep(50);
        assertThat(script.reloads).as("no poll after the cancellation").hasValue(3);
    }

    @Test
    void interruptingABlockingWaitStopsThePollingAndKeepsTheInterrupt() throws Exception {
        try (RecordingScheduler scheduler = new RecordingScheduler();
                Waiter recorded = Waiter.builder().scheduler(scheduler).build()) {
            FakeResource.Script script = new FakeResource.Script(null, "BUILD", FakeResource.HANG);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> interruptedAfter = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    recorded.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE, FAST);
                } catch (RuntimeException e) {
                    thrown.set(e);
                }
                interruptedAfter.set(Thread.currentThread().isInterrupted());
            });
            caller.start();
            await(() -> script.reloads.get() == 2, "the second poll");

            caller.interrupt();
            caller.join(TimeUnit.SECONDS.toMillis(20));

            assertThat(thrown.get()).isInstanceOf(OperationInterruptedException.class);
            assertThat(interruptedAfter.get()).isTrue();
            assertThat(script.future(1)).as("the poll in flight").isCancelled();
            await(() -> scheduler.getQueue().isEmpty(), "nothing left to run");
            assertThat(script.reloads).hasValue(2);
        }
    }

    @Test
    void verboseReportsEachPollWithTheVerboseAttributes() {
        FakeResource.Script script = new FakeResource.Script(null, Map.of("status", "BUILD", "progress", 40),
                Map.of("status", "ACTIVE", "progress", 100));
        List<String> lines = new CopyOnWriteArrayList<>();
        WaitOptions options = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(5)).verbose(true)
                .verboseOutput(lines::add).build();

        waiter.waitForBuild(FakeResource.server("srv-1", script), options);

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches(
                "server srv-1: Current value of status: BUILD \\(elapsed: +\\d+\\.\\d seconds\\) progress=40");
        assertThat(lines.get(1)).matches(
                "server srv-1: Current value of status: ACTIVE \\(elapsed: +\\d+\\.\\d seconds\\) progress=100");
    }

    @Test
    void verboseLinesGoToTheWaiterLoggerAtInfoByDefault() {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Waiter.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            waiter.waitUntil(FakeResource.server("srv-1", new FakeResource.Script(null, "ACTIVE")), "status", ACTIVE,
                    FAST.toBuilder().verbose(true).build());
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).singleElement().satisfies(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.INFO);
            assertThat(event.getFormattedMessage()).startsWith("server srv-1: Current value of status: ACTIVE");
        });
    }

    @Test
    void quietUnlessVerbose() {
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", "ACTIVE");
        List<String> lines = new ArrayList<>();

        waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE,
                FAST.toBuilder().verboseOutput(lines::add).build());

        assertThat(lines).isEmpty();
    }

    @Test
    void theCallbackFormReturnsAtOnceAndHandsOverTheSnapshot() throws Exception {
        FakeResource.Script script = new FakeResource.Script(null, FakeResource.HANG, "ACTIVE");
        CompletableFuture<FakeResource> received = new CompletableFuture<>();

        CompletableFuture<FakeResource> wait = waiter.waitUntil(FakeResource.server("srv-1", script), "status",
                ACTIVE, FAST, (snapshot, error) -> received.complete(snapshot));

        assertThat(wait).isNotDone();
        assertThat(received).isNotDone();
        await(() -> script.reloads.get() == 1, "the first poll");
        script.future(0).complete(FakeResource.server("srv-1", script));
        // the first poll answered BUILD; the second answers ACTIVE
        assertThat(received.get(20, TimeUnit.SECONDS).attribute("status")).contains("ACTIVE");
    }

    @Test
    void theCallbackReceivesTheFailure() throws Exception {
        FakeResource.Script script = new FakeResource.Script(null, "error");
        CompletableFuture<Throwable> received = new CompletableFuture<>();

        waiter.waitForBuild(FakeResource.server("vol-1", script), WaitOptions.forBuild().toBuilder()
                .interval(Duration.ofMillis(5)).build(), (snapshot, error) -> received.complete(error));

        assertThat(received.get(20, TimeUnit.SECONDS)).isInstanceOf(ResourceFailedException.class)
                .hasMessageContaining("status=error");
    }

    @Test
    void waitForBuildHasPyraxsDefaultsButFailsOnError() {
        assertThat(WaitOptions.forBuild().interval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(WaitOptions.forBuild().attempts()).isZero();
        assertThat(WaitOptions.forBuild().verboseAttributes()).containsExactly("progress");
        assertThat(WaitOptions.defaults().interval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(WaitOptions.defaults().deadline()).isEmpty();
        assertThat(Waiter.BUILD_DESIRED_VALUES).containsExactlyInAnyOrder("ACTIVE", "available", "COMPLETED");

        WaitOptions fast = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(5)).build();
        assertThat(waiter.waitForBuild(FakeResource.server("vol-1", new FakeResource.Script(null, "creating",
                "available")), fast).attribute("status")).contains("available");
        assertThatThrownBy(() -> waiter.waitForBuild(FakeResource.server("srv-1", new FakeResource.Script(null,
                "BUILD", "ERROR")), fast)).isInstanceOf(ResourceFailedException.class);
    }

    @Test
    void aThousandConcurrentWaitsShareAFewThreads() throws Exception {
        ExecutorService eventLoop = Executors.newSingleThreadExecutor(task -> new Thread(task, "fake-event-loop"));
        try (Waiter small = Waiter.builder().threads(2).build()) {
            List<FakeResource.Script> scripts = new ArrayList<>();
            List<CompletableFuture<FakeResource>> waits = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                FakeResource.Script script = new FakeResource.Script(eventLoop, "BUILD", "BUILD", "ACTIVE");
                scripts.add(script);
                waits.add(small.waitUntilAsync(FakeResource.server("srv-" + i, script), "status", ACTIVE, FAST));
            }

            CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            // read before this thread looks at the snapshots itself
            List<String> threads = scripts.stream()
                    .flatMap(script -> Stream.concat(script.reloadThreads.stream(), script.attributeThreads.stream()))
                    .distinct().toList();
            assertThat(threads).as("the threads that polled and judged the snapshots").hasSizeLessThanOrEqualTo(2)
                    .allSatisfy(name -> assertThat(name).startsWith("cloud-sdk-wait-"));
            assertThat(waits).allSatisfy(wait -> assertThat(wait.join().attribute("status")).contains("ACTIVE"));
            assertThat(scripts).allSatisfy(script -> assertThat(script.reloads).hasValue(3));
        } finally {
            eventLoop.shutdownNow();
        }
    }

    @Test
    void eachWaitIsObservedWithBoundedTags() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        try (Waiter observed = Waiter.builder().observationRegistry(registry).build()) {
            observed.waitUntil(FakeResource.server("srv-7781-private-id", new FakeResource.Script(null, "BUILD",
                    "ACTIVE")), "status", ACTIVE, FAST);
            assertThatThrownBy(() -> observed.waitUntil(FakeResource.server("srv-7781-private-id",
                    new FakeResource.Script(null, "ERROR")), "status", ACTIVE, FAST))
                    .isInstanceOf(ResourceFailedException.class);
        }

        TestObservationRegistryAssert.assertThat(registry)
                .hasNumberOfObservationsWithNameEqualTo("cloud.wait", 2)
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.wait")
                        .hasLowCardinalityKeyValue("resource", "server")
                        .hasLowCardinalityKeyValue("attribute", "status")
                        .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                        .hasHighCardinalityKeyValue("polls", "2")
                        .doesNotHaveError())
                .hasAnObservation(observation -> observation.hasNameEqualTo("cloud.wait")
                        .hasLowCardinalityKeyValue("outcome", "FAILED")
                        .hasError())
                .hasHandledContextsThatSatisfy(contexts -> assertThat(contexts).allSatisfy(context -> {
                    assertThat(String.valueOf(context.getContextualName())).doesNotContain("srv-7781");
                    context.getAllKeyValues().forEach(kv -> assertThat(kv.getValue()).doesNotContain("srv-7781"));
                }));
    }

    @Test
    void closingTheWaiterEndsItsWaits() throws Exception {
        Waiter own = Waiter.builder().build();
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", FakeResource.HANG);
        CompletableFuture<FakeResource> wait = own.waitUntilAsync(FakeResource.server("srv-1", script), "status",
                ACTIVE, FAST);
        await(() -> script.reloads.get() == 2, "the second poll");

        own.close();

        ExecutionException failure = catchThrowableOfType(ExecutionException.class,
                () -> wait.get(20, TimeUnit.SECONDS));
        assertThat(failure.getCause()).isInstanceOf(CloudException.class).hasMessageContaining("waiter was closed");
        assertThat(script.future(1)).isCancelled();
        assertThatThrownBy(() -> own.waitUntil(FakeResource.server("srv-2", script), "status", ACTIVE, FAST))
                .isInstanceOf(CloudException.class).hasMessageContaining("waiter was closed");
    }

    @Test
    void aDeadlineBeyondWhatNanosecondsHoldIsNoDeadline() {
        FakeResource.Script script = new FakeResource.Script(null, "BUILD", "ACTIVE");

        FakeResource active = waiter.waitUntil(FakeResource.server("srv-1", script), "status", ACTIVE,
                FAST.toBuilder().deadline(Duration.ofDays(365L * 1000)).build());

        assertThat(active.attribute("status")).contains("ACTIVE");
    }

    @Test
    void theBlockingReloadReturnsTheFreshSnapshotOrThrowsTheFailureItself() {
        NotFoundException gone = new NotFoundException("server srv-1 not found");
        FakeResource start = FakeResource.server("srv-1", new FakeResource.Script(null, "ACTIVE", gone));

        assertThat(start.reload().attribute("status")).contains("ACTIVE");
        assertThatThrownBy(start::reload).isSameAs(gone);
    }

    @Test
    void badArgumentsFailBeforeAnyPoll() {
        FakeResource.Script script = new FakeResource.Script(null, "ACTIVE");
        FakeResource server = FakeResource.server("srv-1", script);

        assertThatThrownBy(() -> waiter.waitUntil(server, " ", ACTIVE)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("attribute");
        assertThatThrownBy(() -> waiter.waitUntil(server, "status", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("desired");
        assertThatThrownBy(() -> waiter.waitUntil(null, "status", ACTIVE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("handle");
        assertThatThrownBy(() -> WaitOptions.builder().interval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval");
        assertThatThrownBy(() -> WaitOptions.builder().attempts(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attempts");
        assertThatThrownBy(() -> WaitOptions.builder().deadline(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
        assertThatThrownBy(() -> Waiter.builder().threads(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threads");
        assertThat(script.reloads).hasValue(0);
    }

    @Test
    void optionsCopyThroughTheirBuilder() {
        WaitOptions options = WaitOptions.builder().interval(Duration.ofSeconds(1)).attempts(30)
                .deadline(Duration.ofMinutes(10)).failureValues(List.of("ERROR", "SUSPENDED"))
                .notFound(NotFoundPolicy.SUCCEED).verbose(true).verboseAttributes("progress").build();

        WaitOptions copy = options.toBuilder().attempts(5).build();

        assertThat(copy.interval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(copy.attempts()).isEqualTo(5);
        assertThat(options.attempts()).isEqualTo(30);
        assertThat(copy.deadline()).contains(Duration.ofMinutes(10));
        assertThat(copy.failureValues()).containsExactlyInAnyOrder("ERROR", "SUSPENDED");
        assertThat(copy.notFound()).isEqualTo(NotFoundPolicy.SUCCEED);
        assertThat(copy.verbose()).isTrue();
        assertThat(copy.verboseAttributes()).containsExactly("progress");
    }
}
