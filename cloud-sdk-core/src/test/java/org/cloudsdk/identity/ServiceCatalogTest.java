package org.cloudsdk.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cloudsdk.TestCloud;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.cloudsdk.http.Json;
import org.junit.jupiter.api.Test;

/** Endpoint lookup in the seed's Rackspace catalog and a keystone v3 catalog (no network). */
class ServiceCatalogTest {

    private static final String FILES_TENANT = "MossoCloudFS_ffffffff-ffff-ffff-ffff-ffffffffffff";

    private static final ServiceCatalog RACKSPACE = ServiceCatalog.fromV2(
            Json.parse(TestCloud.fixture("identity/rackspace-access.json")).path("access").get("serviceCatalog"));

    private static final ServiceCatalog V3 = ServiceCatalog.fromV3(
            Json.parse(TestCloud.fixture("identity/keystone-v3-token.json").replace("${BASE}", "http://cloud.test"))
                    .path("token").get("catalog"));

    @Test
    void rackspaceRegionsAreDfwAndOrd() {
        assertThat(RACKSPACE.regions()).containsExactly("DFW", "ORD");
        assertThat(RACKSPACE.regions(ServiceType.OBJECT_STORE)).containsExactly("DFW", "ORD");
        assertThat(RACKSPACE.regions(ServiceType.DNS)).isEmpty();
    }

    @Test
    void objectStoreInternalUrlIsServiceNet() {
        Endpoint internal = RACKSPACE.endpoint(ServiceType.OBJECT_STORE, "ORD", EndpointInterface.INTERNAL);

        assertThat(internal.url()).isEqualTo("https://snet-storage101.ord1.clouddrive.com/v1/" + FILES_TENANT);
        assertThat(internal.serviceName()).isEqualTo("cloudFiles");
        assertThat(internal.tenantId()).isEqualTo(FILES_TENANT);
        assertThat(RACKSPACE.endpoint(ServiceType.OBJECT_STORE, "ORD", EndpointInterface.PUBLIC).url())
                .isEqualTo("https://storage101.ord1.clouddrive.com/v1/" + FILES_TENANT);
        assertThat(RACKSPACE.endpoint(ServiceType.OBJECT_STORE, "dfw", EndpointInterface.INTERNAL).url())
                .isEqualTo("https://snet-storage101.dfw1.clouddrive.com/v1/" + FILES_TENANT);
    }

    @Test
    void regionlessDnsResolvesForAnyRegion() {
        for (String region : new String[] {"DFW", "ORD", "SYD", null}) {
            Endpoint dns = RACKSPACE.endpoint(ServiceType.fromName("cloud_dns"), region, EndpointInterface.PUBLIC);

            assertThat(dns.url()).isEqualTo("https://dns.api.rackspacecloud.com/v1.0/000000");
            assertThat(dns.catalogType()).isEqualTo("rax:dns");
            assertThat(dns.region()).isNull();
        }
    }

    @Test
    void computeInDfwIsCloudServersOpenStackNotTheRegionlessFirstGeneration() {
        Endpoint compute = RACKSPACE.endpoint(ServiceType.COMPUTE, "DFW", EndpointInterface.PUBLIC);

        assertThat(compute.serviceName()).isEqualTo("cloudServersOpenStack");
        assertThat(compute.url()).isEqualTo("https://dfw.servers.api.rackspacecloud.com/v2/000000");
        assertThat(RACKSPACE.endpoint(ServiceType.COMPUTE, "ORD", EndpointInterface.PUBLIC).url())
                .isEqualTo("https://ord.servers.api.rackspacecloud.com/v2/000000");
    }

    @Test
    void objectCdnIsAKnownService() {
        assertThat(ServiceType.fromCatalogType("rax:object-cdn")).contains(ServiceType.OBJECT_CDN);
        assertThat(RACKSPACE.services()).contains(ServiceType.OBJECT_CDN, ServiceType.MONITOR, ServiceType.DATABASE,
                ServiceType.LOAD_BALANCER);
        assertThat(RACKSPACE.endpoint(ServiceType.OBJECT_CDN, "ORD", EndpointInterface.PUBLIC).url())
                .isEqualTo("https://cdn2.clouddrive.com/v1/" + FILES_TENANT);
    }

    @Test
    void missingInternalUrlNamesServiceRegionInterfaceAndWhatTheCatalogOffers() {
        NoEndpointForServiceException missing = catchThrowableOfType(NoEndpointForServiceException.class,
                () -> RACKSPACE.endpoint(ServiceType.LOAD_BALANCER, "ORD", EndpointInterface.INTERNAL));

        assertThat(missing.requestedService()).isEqualTo("load_balancer");
        assertThat(missing.requestedRegion()).isEqualTo("ORD");
        assertThat(missing.requestedInterface()).isEqualTo("internal");
        assertThat(missing.available()).containsExactly("ORD/public", "DFW/public");
        assertThat(missing.getMessage())
                .contains("internal")
                .contains("load_balancer")
                .contains("'ORD'")
                .contains("ORD/public, DFW/public");
    }

    @Test
    void aLookupAskedAgainGivesTheSameAnswerAndAMissingOneFailsEachTime() {
        Endpoint first = RACKSPACE.endpoint(ServiceType.OBJECT_STORE, "ORD", EndpointInterface.INTERNAL);

        assertThat(RACKSPACE.endpoint(ServiceType.OBJECT_STORE, "ORD", EndpointInterface.INTERNAL)).isSameAs(first);
        assertThat(RACKSPACE.endpoint(ServiceType.OBJECT_STORE, "DFW", EndpointInterface.INTERNAL).url())
                .isNotEqualTo(first.url());
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> RACKSPACE.endpoint(ServiceType.LOAD_BALANCER, "ORD", EndpointInterface.INTERNAL))
                    .isInstanceOf(NoEndpointForServiceException.class);
        }
    }

    @Test
    void absentServiceListsTheCatalogTypesOffered() {
        NoEndpointForServiceException missing = catchThrowableOfType(NoEndpointForServiceException.class,
                () -> RACKSPACE.endpoint(ServiceType.VOLUME, "DFW", EndpointInterface.PUBLIC));

        assertThat(missing.requestedService()).isEqualTo("volume");
        assertThat(missing.available()).containsExactly("rax:load-balancer", "object-store", "compute", "rax:dns",
                "rax:database", "rax:object-cdn", "rax:monitor");
        assertThat(missing.getMessage()).contains("volume").contains("rax:object-cdn");
    }

    @Test
    void aLookupNarrowedToOneApiFindsOnlyThatApi() {
        assertThat(RACKSPACE.endpoint(ServiceType.LOAD_BALANCER, java.util.List.of("rax:load-balancer"), "ORD",
                EndpointInterface.PUBLIC).catalogType()).isEqualTo("rax:load-balancer");

        NoEndpointForServiceException missing = catchThrowableOfType(NoEndpointForServiceException.class,
                () -> RACKSPACE.endpoint(ServiceType.LOAD_BALANCER, java.util.List.of("load-balancer"), "ORD",
                        EndpointInterface.PUBLIC));
        assertThat(missing.getMessage()).contains("catalog type load-balancer)").doesNotContain("rax:load-balancer or");
    }

    @Test
    void aServiceInSeveralRegionsNeedsARegion() {
        NoEndpointForServiceException missing = catchThrowableOfType(NoEndpointForServiceException.class,
                () -> RACKSPACE.endpoint(ServiceType.DATABASE, null, EndpointInterface.PUBLIC));

        assertThat(missing.getMessage()).contains("name one").contains("DFW/public").contains("ORD/public");
    }

    @Test
    void rawCatalogTypeLookup() {
        assertThat(RACKSPACE.endpoint("rax:monitor", "ORD", EndpointInterface.PUBLIC).url())
                .isEqualTo("https://monitoring.api.rackspacecloud.com/v1.0/000000");
        assertThat(catchThrowableOfType(NoEndpointForServiceException.class,
                () -> RACKSPACE.endpoint("placement", "ORD", EndpointInterface.PUBLIC)).getMessage())
                .contains("placement");
    }

    @Test
    void v3CatalogResolvesEveryInterfaceAndDottedRegions() {
        assertThat(V3.endpoint(ServiceType.OBJECT_STORE, "RegionOne", EndpointInterface.PUBLIC).url())
                .isEqualTo("http://cloud.test/swift/v1/AUTH_" + TestCloud.V3_PROJECT_ID);
        assertThat(V3.endpoint(ServiceType.OBJECT_STORE, "RegionOne", EndpointInterface.INTERNAL).url())
                .isEqualTo("http://cloud.test/swift-internal/v1/AUTH_" + TestCloud.V3_PROJECT_ID);
        assertThat(V3.endpoint(ServiceType.OBJECT_STORE, "RegionOne", EndpointInterface.ADMIN).url())
                .isEqualTo("http://cloud.test/swift-admin/v1");
        assertThat(V3.endpoint(ServiceType.COMPUTE, "region-a.geo-1", EndpointInterface.PUBLIC).url())
                .isEqualTo("http://cloud.test/geo1/compute/v2.1");
        assertThat(V3.find(ServiceType.COMPUTE, "region-a.geo-1", EndpointInterface.INTERNAL)).isEmpty();
        assertThat(V3.find(ServiceType.COMPUTE, "region-b.geo-1", EndpointInterface.PUBLIC)).isEmpty();
    }

    @Test
    void emptyCatalog() {
        assertThat(ServiceCatalog.fromV3(null).isEmpty()).isTrue();
        assertThat(ServiceCatalog.fromV2(Json.parse("[]")).isEmpty()).isTrue();
        assertThat(catchThrowableOfType(NoEndpointForServiceException.class,
                () -> ServiceCatalog.empty().endpoint(ServiceType.COMPUTE, "RegionOne", EndpointInterface.PUBLIC))
                .getMessage()).contains("offers: nothing");
    }
}
