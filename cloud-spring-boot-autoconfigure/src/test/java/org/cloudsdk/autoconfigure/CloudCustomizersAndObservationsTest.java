package org.cloudsdk.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.headRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.cloudsdk.CloudContext;
import org.cloudsdk.http.ServiceClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;

class CloudCustomizersAndObservationsTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home")
            .withPropertyValues(WireMockCloud.properties(server));

    @BeforeEach
    void stubs() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(204)));
    }

    @Test
    void contextCustomizersRunInOrderWithTheEnvironmentName() {
        runner.withPropertyValues("cloud.environments.public.region=LON").withUserConfiguration(Customizers.class)
                .run(context -> {
                    Customizers customizers = context.getBean(Customizers.class);
                    assertThat(customizers.calls).containsExactly("first:default", "second:default");
                    context.getBean(CloudClients.class).context("public");
                    assertThat(customizers.calls).containsExactly("first:default", "second:default", "first:public",
                            "second:public");
                    // the second customizer's value wins
                    assertThat(context.getBean(CloudContext.class).settings().customUserAgent()).isEqualTo("second");
                });
    }

    @Test
    void webClientCustomizersShapeTheTransportsRequests() {
        runner.withUserConfiguration(WebClientCustomizers.class).run(context -> {
            headAccount(context.getBean(CloudContext.class));
            List<String> values = server.findAll(headRequestedFor(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)))
                    .get(0).getHeaders().getHeader("X-Customized").values();
            assertThat(values).containsExactly("first", "second");
        });
    }

    @Test
    void springBootsWebClientBuilderIsTheBase() {
        runner.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
                .withUserConfiguration(BootCustomizer.class).run(context -> {
                    headAccount(context.getBean(CloudContext.class));
                    server.verify(headRequestedFor(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH))
                            .withHeader("X-From-Boot", equalTo("yes")));
                });
    }

    @Test
    void bootsHttpClientObservationSeesTheUriTemplateNotEachObjectsPath() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        server.stubFor(head(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH + "/photos/cat%201.jpg"))
                .willReturn(aResponse().withStatus(200)));
        runner.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
                .withBean(WebClientCustomizer.class, () -> builder -> builder.observationRegistry(registry))
                .run(context -> {
                    ServiceClient files = context.getBean(CloudContext.class).client("object_store", "RegionOne");
                    files.execute(files.request(HttpMethod.HEAD, "get_object")
                            .path("/{container}/{object}", "photos", "cat 1.jpg"));

                    TestObservationRegistryAssert.assertThat(registry).hasAnObservation(observation -> observation
                            .hasNameEqualTo("http.client.requests")
                            .hasLowCardinalityKeyValue("uri", WireMockCloud.ACCOUNT_PATH + "/{container}/{object}")
                            .hasLowCardinalityKeyValue("status", "200"));
                });
        server.verify(headRequestedFor(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH + "/photos/cat%201.jpg")));
    }

    @Test
    void recordsCloudClientRequestObservationsWithLowCardinalityTags() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        runner.withBean(ObservationRegistry.class, () -> registry).run(context -> {
            headAccount(context.getBean(CloudContext.class));
            TestObservationRegistryAssert.assertThat(registry).hasAnObservation(observation -> observation
                    .hasNameEqualTo("cloud.client.requests")
                    .hasLowCardinalityKeyValue("service", "object_store")
                    .hasLowCardinalityKeyValue("operation", "head_account")
                    .hasLowCardinalityKeyValue("method", "HEAD")
                    .hasLowCardinalityKeyValue("region", "RegionOne")
                    .hasLowCardinalityKeyValue("status", "204")
                    .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                    .doesNotHaveHighCardinalityKeyValueWithKey("uri"));
            TestObservationRegistryAssert.assertThat(registry).hasObservationWithNameEqualTo("cloud.auth");
        });
    }

    @Test
    void recordsATimerWhenObservationsGoToAMeterRegistry() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
        runner.withBean(ObservationRegistry.class, () -> registry).run(context -> {
            headAccount(context.getBean(CloudContext.class));
            Timer timer = meters.find("cloud.client.requests").tag("operation", "head_account").timer();
            assertThat(timer).isNotNull();
            assertThat(timer.count()).isEqualTo(1);
        });
    }

    private static void headAccount(CloudContext cloud) {
        ServiceClient files = cloud.client("object_store", "RegionOne");
        assertThat(files.execute(files.request(HttpMethod.HEAD, "head_account")).status()).isEqualTo(204);
    }

    @Configuration(proxyBeanMethods = false)
    static class Customizers {
        final List<String> calls = new CopyOnWriteArrayList<>();

        @Bean
        @Order(2)
        CloudContextCustomizer second() {
            return (environment, builder) -> {
                calls.add("second:" + environment);
                builder.customUserAgent("second");
            };
        }

        @Bean
        @Order(1)
        CloudContextCustomizer first() {
            return (environment, builder) -> {
                calls.add("first:" + environment);
                builder.customUserAgent("first");
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class WebClientCustomizers {
        @Bean
        @Order(2)
        CloudWebClientCustomizer secondHeader() {
            return builder -> builder.defaultHeaders(headers -> headers.add("X-Customized", "second"));
        }

        @Bean
        @Order(1)
        CloudWebClientCustomizer firstHeader() {
            return builder -> builder.defaultHeaders(headers -> headers.add("X-Customized", "first"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class BootCustomizer {
        @Bean
        WebClientCustomizer fromBoot() {
            return builder -> builder.defaultHeader("X-From-Boot", "yes");
        }
    }
}
