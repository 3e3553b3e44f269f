package org.cloudsdk.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.autoconfigure.sync.CloudSyncJobs;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/**
 * A whole Spring Boot application with every auto-configuration of the classpath (the cloud's,
 * health, metrics, sync jobs, Boot's task executor and WebClient): its start sends nothing to the
 * cloud, not even when the identity service cannot be reached, and it works with
 * {@code spring.main.lazy-initialization=true}.
 */
class ApplicationStartTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    @TempDir
    Path folder;

    @Test
    void startsWithoutSendingAnythingToTheCloud() {
        try (ConfigurableApplicationContext context = start(List.of(WireMockCloud.properties(server)))) {
            assertThat(context.getBean(CloudSyncJobs.class).isRunning()).isTrue();
            assertThat(context.getBean(CloudContext.class).isAuthenticated()).isFalse();
            assertThat(context.getBean(ObjectStorage.class)).isNotNull();
            assertThat(context.getBeansOfType(CloudClients.class)).hasSize(1);
        }
        assertThat(server.getAllServeEvents()).as("requests sent while starting and stopping").isEmpty();
    }

    @Test
    void startsWhenTheIdentityServiceCannotBeReachedAndNeverTriesIt() {
        // every connection to the identity service is reset, and each attempt would be in the journal
        server.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (ConfigurableApplicationContext context = start(List.of(WireMockCloud.properties(server)))) {
            assertThat(context.isActive()).isTrue();
            assertThat(context.getBean(CloudContext.class).isAuthenticated()).isFalse();
        }
        assertThat(server.getAllServeEvents()).isEmpty();

        List<String> closed = new ArrayList<>(List.of(WireMockCloud.properties(server)));
        closed.removeIf(property -> property.startsWith("cloud.auth-endpoint="));
        closed.add("cloud.auth-endpoint=http://127.0.0.1:" + WireMockCloud.closedPort() + "/v3");
        try (ConfigurableApplicationContext context = start(closed)) {
            assertThat(context.isActive()).isTrue();
        }
    }

    @Test
    void lazyInitializationCreatesTheClientsOnFirstUseAndTheyWork() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(get(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[{\"name\":\"c\",\"count\":1,\"bytes\":2}]")));
        server.stubFor(get(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).withQueryParam("marker", equalTo("c"))
                .willReturn(aResponse().withStatus(204)));
        List<String> properties = new ArrayList<>(List.of(WireMockCloud.properties(server)));
        properties.add("spring.main.lazy-initialization=true");
        try (ConfigurableApplicationContext context = start(properties)) {
            assertThat(context.getBeanFactory().containsSingleton("objectStorage")).isFalse();
            assertThat(server.getAllServeEvents()).isEmpty();

            assertThat(context.getBean(ObjectStorage.class).listContainers()).containsExactly("c");
            assertThat(context.getBean(CloudSyncJobs.class).job("backup")).isPresent();
            assertThat(context.getBean(CloudContext.class).transferExecutor()).isPresent();
        }
    }

    private ConfigurableApplicationContext start(List<String> cloudProperties) {
        List<String> properties = new ArrayList<>(cloudProperties);
        // a sync job far in the future: its scheduler starts, its first run is not due
        properties.add("cloud.sync.jobs.backup.folder=" + folder);
        properties.add("cloud.sync.jobs.backup.container=backup");
        properties.add("cloud.sync.jobs.backup.fixed-delay=1h");
        properties.add("cloud.sync.jobs.backup.initial-delay=1h");
        properties.add("user.home=/nonexistent-home");
        return new SpringApplicationBuilder(App.class).web(WebApplicationType.NONE)
                .properties(properties.toArray(String[]::new)).run();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {
    }
}
