package org.cloudsdk.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.cloudsdk.CloudContext;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.SyncEvent;
import org.cloudsdk.objectstorage.SyncListener;
import org.cloudsdk.objectstorage.SyncOptions;
import org.cloudsdk.objectstorage.SyncResult;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * Which executor the contexts' folder transfers run on: the {@code cloudTransferExecutor} bean,
 * else Boot's {@code applicationTaskExecutor} (virtual threads when enabled), else threads of the
 * SDK's own; proven by the threads a real sync's files are sent on.
 */
class CloudTransferExecutorTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    private final ApplicationContextRunner runner = WireMockCloud.withCloud(new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                    CloudServiceClientsAutoConfiguration.class, CloudObjectStorageAutoConfiguration.class, TaskExecutionAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home"), server);

    @TempDir
    Path folder;

    @BeforeEach
    void stubs() throws IOException {
        WireMockCloud.stubKeystone(server);
        server.stubFor(get(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH + "/c")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        for (int i = 0; i < 6; i++) {
            String content = "content " + i;
            Files.writeString(folder.resolve("f" + i + ".txt"), content);
            server.stubFor(put(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH + "/c/f" + i + ".txt")).willReturn(
                    aResponse().withStatus(201).withHeader("ETag", Checksums.md5(content))));
        }
    }

    @Test
    void bootsApplicationTaskExecutorRunsTheTransfers() {
        runner.run(context -> {
            assertThat(context.getBean(CloudContext.class).transferExecutor()).isPresent();
            assertThat(syncThreads(context)).anyMatch(name -> name.startsWith("task-"))
                    .allMatch(name -> name.startsWith("task-") || name.equals(Thread.currentThread().getName()));
        });
        server.verify(6, putRequestedFor(urlPathMatching(WireMockCloud.ACCOUNT_PATH + "/c/.*")));
    }

    @Test
    void theOtherEnvironmentsContextsUseItToo() {
        runner.withPropertyValues("cloud.environments.public.region=LON").run(context -> assertThat(
                context.getBean(CloudClients.class).environment("public").context().transferExecutor()).isPresent());
    }

    @Test
    void aBeanNamedCloudTransferExecutorIsChosenOverBootsAndNotShutDownWithTheContexts() {
        runner.withUserConfiguration(OwnExecutor.class).run(context -> {
            assertThat(syncThreads(context)).anyMatch(name -> name.startsWith("own-transfer-")).allMatch(
                    name -> name.startsWith("own-transfer-") || name.equals(Thread.currentThread().getName()));
            context.getBean(CloudContext.class).close();
            assertThat(OwnExecutor.executor.isShutdown()).isFalse();
        });
        assertThat(OwnExecutor.executor.isShutdown()).as("the application's executor outlives the application "
                + "context here, as its destroy method is off").isFalse();
        OwnExecutor.executor.shutdownNow();
    }

    @Test
    void withoutApplicationTaskExecutorEachTransferHasThreadsOfItsOwn() {
        runner.withPropertyValues("cloud.use-application-task-executor=false").run(context -> {
            assertThat(context.getBean(CloudContext.class).transferExecutor()).isEmpty();
            assertThat(syncThreads(context)).anyMatch(name -> name.startsWith("cloud-sdk-folder-sync-")).allMatch(
                    name -> name.startsWith("cloud-sdk-folder-sync-") || name.equals(Thread.currentThread().getName()));
        });
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
                .withPropertyValues(WireMockCloud.properties(server))
                .run(context -> assertThat(context.getBean(CloudContext.class).transferExecutor()).isEmpty());
    }

    @Test
    @EnabledForJreRange(min = JRE.JAVA_21)
    void virtualThreadsWhenBootHasThemOn() {
        runner.withPropertyValues("spring.threads.virtual.enabled=true").run(context -> {
            Set<Boolean> virtual = ConcurrentHashMap.newKeySet();
            ObjectStorage storage = context.getBean(ObjectStorage.class);
            SyncResult result = storage.syncFolderToContainer(folder, "c", SyncOptions.builder().parallelism(2)
                    .listener(new SyncListener() {
                        @Override
                        public void fileSynced(SyncEvent event) {
                            virtual.add(isVirtual(Thread.currentThread()));
                        }
                    }).build());
            assertThat(result.uploaded()).isEqualTo(6);
            // the calling (platform) thread is one of the workers, the others are virtual
            assertThat(virtual).contains(true);
        });
    }

    private Set<String> syncThreads(AssertableApplicationContext context) {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        SyncResult result = context.getBean(ObjectStorage.class).syncFolderToContainer(folder, "c",
                SyncOptions.builder().parallelism(2).listener(new SyncListener() {
                    @Override
                    public void fileSynced(SyncEvent event) {
                        threads.add(Thread.currentThread().getName());
                    }
                }).build());
        assertThat(result.uploaded()).isEqualTo(6);
        assertThat(result.failed()).isEmpty();
        return threads;
    }

    private static boolean isVirtual(Thread thread) {
        try {
            // Java 21 API, called reflectively: the module compiles for Java 17
            return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnExecutor {

        static ExecutorService executor;

        @Bean(destroyMethod = "")
        ExecutorService cloudTransferExecutor() {
            AtomicInteger number = new AtomicInteger();
            executor = Executors.newCachedThreadPool(runnable -> new Thread(runnable, "own-transfer-"
                    + number.incrementAndGet()));
            return executor;
        }
    }
}
