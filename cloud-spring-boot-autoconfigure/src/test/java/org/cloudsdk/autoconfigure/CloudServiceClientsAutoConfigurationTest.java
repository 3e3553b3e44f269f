package org.cloudsdk.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Flavor;
import org.cloudsdk.designate.Designate;
import org.cloudsdk.dns.CloudDns;
import org.cloudsdk.dns.DnsSettings;
import org.cloudsdk.loadbalancer.CloudLoadBalancers;
import org.cloudsdk.loadbalancer.LoadBalancerSettings;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.octavia.Octavia;
import org.cloudsdk.octavia.OctaviaSettings;
import org.cloudsdk.queue.Queues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The client beans every registered service gets, and the registry's generic {@code service(...)}. */
class CloudServiceClientsAutoConfigurationTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    private static final String VERSION_DOCUMENT = "{\"version\": {\"id\": \"v2.1\", \"status\": \"CURRENT\","
            + " \"version\": \"2.95\", \"min_version\": \"2.1\"}}";

    private final ApplicationContextRunner runner = WireMockCloud.withCloud(new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                    CloudServiceClientsAutoConfiguration.class, CloudObjectStorageAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home"), server);

    @Test
    void everyRegisteredServiceGetsALazyBeanForTheDefaultRegionWithoutCallingTheCloud() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Compute.class).hasSingleBean(ObjectStorage.class);
            BeanDefinition compute = context.getBeanFactory().getBeanDefinition("compute");
            assertThat(compute.isLazyInit()).isTrue();
            CloudClients clients = context.getBean(CloudClients.class);
            assertThat(context.getBean(Compute.class)).isSameAs(clients.service(Compute.SERVICE, null))
                    .isSameAs(context.getBean(CloudContext.class).compute());
            assertThat(context.getBean("objectStorage")).isSameAs(clients.objectStorage(null));
            assertThat(server.getAllServeEvents()).isEmpty();
        });
    }

    @Test
    void aDisabledServiceHasNoBeanAndTheRegistryRefusesIt() {
        runner.withPropertyValues("cloud.services.compute.enabled=false").run(context -> {
            assertThat(context).hasNotFailed().doesNotHaveBean(Compute.class).hasSingleBean(ObjectStorage.class);
            assertThatThrownBy(() -> context.getBean(CloudClients.class).service(Compute.SERVICE, "RegionOne"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("cloud.services.compute.enabled=false");
        });
    }

    @Test
    void anApplicationsOwnClientBeanReplacesTheStartersOne() {
        runner.withUserConfiguration(OwnCompute.class).run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Compute.class);
            assertThat(context.getBean(Compute.class).client().region()).isEqualTo("region-a.geo-1");
            assertThat(context).doesNotHaveBean("compute");
        });
    }

    @Test
    void thePropertyMicroversionPinsTheComputeBean() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(get(urlPathEqualTo("/compute/v2.1")).willReturn(okJson(VERSION_DOCUMENT)));
        server.stubFor(get(urlPathEqualTo("/compute/v2.1/flavors/detail")).willReturn(okJson(
                "{\"flavors\": [{\"id\": \"1\", \"name\": \"m1.tiny\", \"ram\": 512, \"disk\": 1, \"vcpus\": 1}]}")));
        runner.withPropertyValues("cloud.services.compute.microversion=2.61").run(context -> {
            assertThat(context.getBean(Compute.class).listFlavors()).extracting(Flavor::name).containsExactly("m1.tiny");
            server.verify(getRequestedFor(urlPathEqualTo("/compute/v2.1/flavors/detail"))
                    .withHeader("OpenStack-API-Version", equalTo("compute 2.61"))
                    .withHeader("X-OpenStack-Nova-API-Version", equalTo("2.61")));
        });
    }

    @Test
    void otherRegionsAndEnvironmentsReachTheSameClientsThroughTheRegistry() {
        runner.withPropertyValues("cloud.environments.public.region=region-a.geo-1").run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            Compute geo = clients.environment("public").service(Compute.SERVICE, null);
            assertThat(geo.client().region()).isEqualTo("region-a.geo-1");
            assertThat(geo).isSameAs(clients.environment("public").service(Compute.SERVICE, "region-a.geo-1"))
                    .isSameAs(clients.context("public").compute())
                    .isNotSameAs(clients.service(Compute.SERVICE, "region-a.geo-1"));
        });
    }

    @Test
    void theQueuesClientIdPropertyReachesEveryQueuesClient() {
        String id = "3381af92-2b9e-11e3-b191-71861300734c";
        runner.withPropertyValues("cloud.services.queues.client-id=" + id,
                "cloud.environments.public.region=region-a.geo-1").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(Queues.class).clientId()).contains(UUID.fromString(id));
                    assertThat(context.getBean(CloudClients.class).environment("public").service(Queues.SERVICE, null)
                            .clientId()).contains(UUID.fromString(id));
                    assertThat(context.getBean(Queues.class).client().service()).isEqualTo("queues");
                });
    }

    @Test
    void theDnsAndOctaviaPropertiesReachTheirClientsAndTheDefaultsAreTheCores() {
        runner.run(context -> {
            assertThat(context.getBean(CloudDns.class).settings()).isEqualTo(DnsSettings.defaults());
            assertThat(context.getBean(Octavia.class).settings()).isEqualTo(OctaviaSettings.defaults());
            assertThat(context.getBean(CloudLoadBalancers.class).settings()).isEqualTo(LoadBalancerSettings.defaults());
        });
        runner.withPropertyValues("cloud.services.load-balancer.wait-timeout=90s",
                "cloud.services.load_balancer.wait-interval=3s").run(context -> assertThat(
                        context.getBean(CloudLoadBalancers.class).settings()).isEqualTo(LoadBalancerSettings.builder()
                                .waitTimeout(Duration.ofSeconds(90)).waitInterval(Duration.ofSeconds(3)).build()));
        runner.withPropertyValues("cloud.services.dns.timeout=0", "cloud.services.dns.delay=2s",
                "cloud.services.octavia.wait-timeout=3m", "cloud.services.octavia.wait-interval=250ms").run(context -> {
                    assertThat(context.getBean(CloudDns.class).settings()).isEqualTo(DnsSettings.builder()
                            .timeout(Duration.ZERO).delay(Duration.ofSeconds(2)).build());
                    assertThat(context.getBean(CloudClients.class).environment("default").service(Octavia.SERVICE, "RegionOne")
                            .settings()).isEqualTo(OctaviaSettings.builder().waitTimeout(Duration.ofMinutes(3))
                                    .waitInterval(Duration.ofMillis(250)).build());
                });
    }

    @Test
    void aDnsDelayOfZeroFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("cloud.services.dns.delay=0").run(context -> assertThat(context).hasFailed()
                .getFailure().hasStackTraceContaining("cloud.services.dns: ").hasStackTraceContaining("delay"));
    }

    @Test
    void octaviaAndCloudDnsAreEnabledApartFromTheOtherApiOfTheirServiceType() {
        runner.withPropertyValues("cloud.services.octavia.enabled=false", "cloud.services.designate.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Octavia.class)
                        .doesNotHaveBean(Designate.class).hasSingleBean(CloudDns.class));
    }

    @Test
    void aQueuesClientIdThatIsNoUuidFailsTheStartNamingTheProperty() {
        runner.withPropertyValues("cloud.services.queues.client-id=not-a-uuid").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("cloud.services.queues.client-id"));
    }

    @Test
    void aServiceNameNoClientOrServiceHasFailsTheStartNamingTheKnownOnes() {
        runner.withPropertyValues("cloud.services.compte.enabled=false").run(context -> assertThat(context)
                .hasFailed().getFailure().hasStackTraceContaining("cloud.services.compte: no service is named 'compte'")
                .hasStackTraceContaining("object_store, compute"));
    }

    @Test
    void serviceKeysMatchTheClientNameInAnySpelling() {
        runner.withPropertyValues("cloud.services.OBJECT-STORE.enabled=false", "cloud.services.Compute.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ObjectStorage.class)
                        .doesNotHaveBean(Compute.class).hasSingleBean(Queues.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnCompute {

        @Bean
        Compute myCompute(CloudContext context) {
            return context.compute("region-a.geo-1");
        }
    }
}
