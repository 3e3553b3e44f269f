package org.cloudsdk.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waitable;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

class CloudWaitAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class, CloudWaitAutoConfiguration.class));

    /** A resource that is BUILD on its first poll and ACTIVE on the next. */
    private record Resource(String id, String status, AtomicInteger polls) implements Waitable<Resource> {

        @Override
        public Optional<Object> attribute(String name) {
            return "status".equals(name) ? Optional.of(status) : Optional.empty();
        }

        @Override
        public CompletableFuture<Resource> reloadAsync() {
            return CompletableFuture.completedFuture(
                    new Resource(id, polls.incrementAndGet() < 2 ? "BUILD" : "ACTIVE", polls));
        }
    }

    @Test
    void theWaiterHasPyraxsDefaultsWhenNothingIsSet() {
        runner.run(context -> {
            Waiter waiter = context.getBean(Waiter.class);
            assertThat(waiter.untilDefaults().interval()).isEqualTo(Duration.ofSeconds(5));
            assertThat(waiter.untilDefaults().deadline()).isEmpty();
            assertThat(waiter.buildDefaults().interval()).isEqualTo(Duration.ofSeconds(20));
            assertThat(waiter.buildDefaults().maxPollFailures()).isEqualTo(WaitOptions.DEFAULT_MAX_POLL_FAILURES);
        });
    }

    @Test
    void cloudWaitPropertiesBecomeTheDefaultsOfTheFormsWithoutOptions() {
        runner.withPropertyValues("cloud.wait.interval=10ms", "cloud.wait.build-interval=20ms",
                "cloud.wait.deadline=5m", "cloud.wait.poll-timeout=10s", "cloud.wait.max-poll-failures=5",
                "cloud.wait.threads=3").run(context -> {
            Waiter waiter = context.getBean(Waiter.class);
            assertThat(waiter.untilDefaults().interval()).isEqualTo(Duration.ofMillis(10));
            assertThat(waiter.buildDefaults().interval()).isEqualTo(Duration.ofMillis(20));
            for (WaitOptions options : List.of(waiter.untilDefaults(), waiter.buildDefaults())) {
                assertThat(options.deadline()).contains(Duration.ofMinutes(5));
                assertThat(options.pollTimeout()).contains(Duration.ofSeconds(10));
                assertThat(options.maxPollFailures()).isEqualTo(5);
            }
            // a 20 ms build interval: the wait is over at once, where pyrax's 20 s would not be
            Resource built = waiter.waitForBuild(new Resource("r1", "BUILD", new AtomicInteger()));
            assertThat(built.attribute("status")).contains("ACTIVE");
        });
    }

    @Test
    void eachWaitIsObservedInBootsRegistry() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner.withBean(ObservationRegistry.class, () -> registry).withPropertyValues("cloud.wait.interval=10ms")
                .run(context -> {
                    context.getBean(Waiter.class).waitUntil(new Resource("r1", "BUILD", new AtomicInteger()), "status",
                            List.of("ACTIVE"));
                    TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("cloud.wait");
                });
    }

    @Test
    void anApplicationsWaiterReplacesTheStartersAndBadSettingsFailTheStart() {
        Waiter own = Waiter.builder().threads(1).build();
        try {
            runner.withBean(Waiter.class, () -> own).run(context -> assertThat(context.getBean(Waiter.class)).isSameAs(own));
        } finally {
            own.close();
        }
        runner.withPropertyValues("cloud.wait.threads=0").run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessage("threads must be 1 to 16, was 0"));
    }
}
