package org.cloudsdk.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** The object storage beans and {@code CloudClients.objectStorage}, against a WireMock catalog. */
class CloudObjectStorageAutoConfigurationTest {

    @RegisterExtension
    static final WireMockExtension server = WireMockCloud.server();

    private final ApplicationContextRunner runner = WireMockCloud.withCloud(new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CloudAutoConfiguration.class,
                    CloudServiceClientsAutoConfiguration.class, CloudObjectStorageAutoConfiguration.class))
            .withSystemProperties("user.home=/nonexistent-home"), server);

    @Test
    void objectStorageAndItsReactiveTwinForTheDefaultRegionWithoutCallingTheCloud() {
        runner.run(context -> {
            ObjectStorage storage = context.getBean(ObjectStorage.class);
            CloudClients clients = context.getBean(CloudClients.class);
            assertThat(storage).isSameAs(clients.objectStorage(null)).isSameAs(clients.objectStorage("RegionOne"))
                    .isSameAs(clients.context().objectStorage());
            assertThat(storage.client().region()).isEqualTo("RegionOne");
            assertThat(storage.settings()).isEqualTo(ObjectStorageSettings.defaults());
            assertThat(context.getBean(ReactiveObjectStorage.class).blocking()).isSameAs(storage);
            assertThat(server.getAllServeEvents()).isEmpty();
        });
    }

    @Test
    void theStorageUrlComesFromTheCatalogOnFirstUse() {
        WireMockCloud.stubKeystone(server);
        runner.withPropertyValues("cloud.regions=region-a.geo-1").run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            String base = WireMockCloud.baseUrl(server);
            assertThat(context.getBean(ObjectStorage.class).storageUrl()).isEqualTo(base + WireMockCloud.ACCOUNT_PATH);
            assertThat(clients.objectStorage("region-a.geo-1").storageUrl())
                    .isEqualTo(base + "/geo1/swift/v1/AUTH_" + WireMockCloud.PROJECT);
            assertThat(clients.reactiveObjectStorage("region-a.geo-1").blocking())
                    .isSameAs(clients.objectStorage("region-a.geo-1"));
        });
    }

    @Test
    void servicenetMakesTheBeanUseTheInternalUrl() {
        WireMockCloud.stubKeystone(server);
        runner.withPropertyValues("cloud.use-servicenet=true").run(context -> {
            ObjectStorage storage = context.getBean(ObjectStorage.class);
            assertThat(storage.storageUrl()).isEqualTo(WireMockCloud.baseUrl(server) + "/swift-internal/v1/AUTH_"
                    + WireMockCloud.PROJECT);
            assertThat(storage.client().endpointInterface()).isEqualTo("internal");
        });
    }

    @Test
    void objectStorageOfAnotherEnvironmentIsCachedPerEnvironmentAndRegion() {
        runner.withPropertyValues("cloud.environments.public.region=LON").run(context -> {
            CloudClients clients = context.getBean(CloudClients.class);
            ObjectStorage lon = clients.environment("public").objectStorage("LON");
            assertThat(lon).isSameAs(clients.environment("public").objectStorage(null))
                    .isNotSameAs(context.getBean(ObjectStorage.class));
            assertThat(lon.client().region()).isEqualTo("LON");
            assertThat(clients.environment("public").objectStorage("ORD").client().region()).isEqualTo("ORD");
            assertThat(clients.environment("public").reactiveObjectStorage("LON").blocking()).isSameAs(lon);
            assertThat(server.getAllServeEvents()).isEmpty();
        });
    }

    @Test
    void objectStoragePropertiesBecomeTheClientsSettings() {
        runner.withPropertyValues("cloud.object-storage.listing-page-size=500",
                "cloud.object-storage.bulk-delete-batch-size=1000", "cloud.object-storage.buffer-size=128KB",
                "cloud.object-storage.stream-prefetch=4", "cloud.object-storage.segment-threshold=1GB",
                "cloud.object-storage.segment-size=50MB", "cloud.object-storage.segment-parallelism=8").run(context -> {
                    ObjectStorageSettings settings = context.getBean(ObjectStorage.class).settings();
                    assertThat(settings).isEqualTo(ObjectStorageSettings.builder().listingPageSize(500)
                            .bulkDeleteBatchSize(1000).bufferSize(128 * 1024).streamPrefetch(4)
                            .segmentThreshold(1024L * 1024 * 1024).segmentSize(50L * 1024 * 1024)
                            .segmentParallelism(8).build());
                    CloudClients clients = context.getBean(CloudClients.class);
                    assertThat(clients.environment("default").objectStorage("other").settings()).isEqualTo(settings);
                    assertThat(server.getAllServeEvents()).isEmpty();
                });
    }

    @Test
    void objectStoragePropertiesReachEveryWayToTheClientAndTheWire() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(get(urlPathMatching("/(geo1/)?swift/v1/AUTH_" + WireMockCloud.PROJECT)).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json").withBody("[]")));
        runner.withPropertyValues("cloud.object-storage.listing-page-size=500", "cloud.regions=region-a.geo-1",
                "cloud.environments.public.region=region-a.geo-1").run(context -> {
                    ObjectStorageSettings expected = ObjectStorageSettings.builder().listingPageSize(500).build();
                    CloudContext cloudContext = context.getBean(CloudContext.class);
                    CloudClients clients = context.getBean(CloudClients.class);
                    List<ObjectStorage> everyWay = List.of(context.getBean(ObjectStorage.class),
                            cloudContext.objectStorage(), cloudContext.objectStorage("region-a.geo-1"),
                            cloudContext.region("RegionOne").objectStorage(),
                            clients.objectStorage("region-a.geo-1"),
                            clients.environment("default").region("RegionOne").objectStorage(),
                            clients.environment("public").objectStorage(null),
                            clients.environment("public").region("RegionOne").objectStorage(),
                            clients.environment("public").context().objectStorage());
                    assertThat(everyWay).allSatisfy(storage -> assertThat(storage.settings()).isEqualTo(expected));
                    // one client per context and region, whichever way it is asked for
                    assertThat(cloudContext.region("RegionOne").objectStorage())
                            .isSameAs(context.getBean(ObjectStorage.class));
                    assertThat(clients.environment("public").region("region-a.geo-1").objectStorage())
                            .isSameAs(clients.environment("public").objectStorage(null));
                    assertThat(server.getAllServeEvents()).isEmpty();

                    clients.environment("public").region("RegionOne").objectStorage().listContainersInfo();
                    cloudContext.objectStorage("region-a.geo-1").listContainersInfo();
                    context.getBean(ObjectStorage.class).listContainersInfo();
                });
        server.verify(3, getRequestedFor(urlPathMatching("/(geo1/)?swift/v1/.*"))
                .withQueryParam("limit", equalTo("500")));
        server.verify(3, getRequestedFor(urlPathMatching("/(geo1/)?swift/v1/.*")));
    }

    @Test
    void aCloudWithoutCdnStartsAndServesObjectStorageUntilACdnCall() {
        WireMockCloud.stubKeystone(server);
        server.stubFor(get(urlPathMatching(WireMockCloud.ACCOUNT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
        runner.run(context -> {
            CloudContext cloudContext = context.getBean(CloudContext.class);
            cloudContext.authenticate();
            CloudClients clients = context.getBean(CloudClients.class);
            // the fixture's catalog has no rax:object-cdn
            assertThat(clients.environment("default").region("region-a.geo-1").objectStorage()).isNotNull();
            assertThat(context.getBean(ObjectStorage.class).listContainersInfo()).isEmpty();
            assertThatThrownBy(() -> clients.objectStorage(null).makeContainerPrivate("photos"))
                    .isInstanceOf(NoEndpointForServiceException.class);
        });
        server.verify(1, postRequestedFor(urlPathEqualTo("/v3/auth/tokens")));
        server.verify(1, getRequestedFor(urlPathEqualTo(WireMockCloud.ACCOUNT_PATH)));
        assertThat(server.getAllServeEvents()).hasSize(2);
    }

    @Test
    void thePropertyDefaultsAreTheCoresDefaults() {
        assertThat(new CloudObjectStorageProperties().toSettings()).isEqualTo(ObjectStorageSettings.defaults());
    }

    @Test
    void anOutOfRangeSettingFailsTheStartNamingIt() {
        runner.withPropertyValues("cloud.object-storage.segment-size=10KB").run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining(
                    "cloud.object-storage.segment-size: segmentSize must be at least 1048576 bytes");
        });
    }

    @Test
    void backsOffForTheApplicationsOwnBeans() {
        runner.withUserConfiguration(OwnStorage.class).run(context -> {
            assertThat(context).hasSingleBean(ObjectStorage.class).hasSingleBean(ReactiveObjectStorage.class);
            assertThat(context.getBean(ObjectStorage.class)).isSameAs(context.getBean("myStorage"));
            assertThat(context.getBean(ReactiveObjectStorage.class)).isSameAs(context.getBean("myReactive"));
        });
    }

    @Test
    void theReactiveTwinWrapsTheApplicationsObjectStorage() {
        runner.withUserConfiguration(OwnBlockingStorage.class).run(context -> assertThat(
                context.getBean(ReactiveObjectStorage.class).blocking()).isSameAs(context.getBean("myStorage")));
    }

    @Test
    void noObjectStorageBeansWhenTheServiceIsDisabled() {
        for (String property : new String[] { "cloud.services.object_store.enabled=false",
            "cloud.services.object-store.enabled=false" }) {
            runner.withPropertyValues(property).run(context -> {
                assertThat(context).hasNotFailed().doesNotHaveBean(ObjectStorage.class)
                        .doesNotHaveBean(ReactiveObjectStorage.class);
                assertThatThrownBy(() -> context.getBean(CloudClients.class).objectStorage(null))
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("cloud.services.object_store.enabled=false");
            });
        }
    }

    @Test
    void otherServicesBeingDisabledLeavesObjectStorage() {
        runner.withPropertyValues("cloud.services.compute.enabled=false")
                .run(context -> assertThat(context).hasSingleBean(ObjectStorage.class));
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnStorage {

        @Bean
        ObjectStorage myStorage(CloudClients clients) {
            ServiceClient client = clients.client("object_store", "RegionOne");
            return ObjectStorage.of(client);
        }

        @Bean
        ReactiveObjectStorage myReactive(ObjectStorage myStorage) {
            return myStorage.reactive();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnBlockingStorage {

        @Bean
        ObjectStorage myStorage(CloudClients clients) {
            return ObjectStorage.of(clients.client("object_store", "RegionOne"));
        }
    }
}
