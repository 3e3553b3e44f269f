package org.cloudsdk.octavia;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.octavia.OctaviaFixtures.FLAVOR_ID;
import static org.cloudsdk.octavia.OctaviaFixtures.PROJECT;
import static org.cloudsdk.octavia.OctaviaStub.api;
import static org.cloudsdk.octavia.OctaviaStub.fault;

import org.cloudsdk.errors.ForbiddenException;
import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The read-only catalog: flavors and profiles, providers and capabilities, availability zones, quotas. */
class OctaviaCatalogRequestsTest {

    private static final String FLAVOR = """
            {"id": "%s", "name": "Basic", "description": "A basic standalone Octavia load balancer.",
             "enabled": true, "flavor_profile_id": "5712097e-0092-45dc-bff0-ab68b61ad51a"}""".formatted(FLAVOR_ID);

    private final OctaviaStub cloud = new OctaviaStub();
    private final OctaviaCatalog catalog = cloud.octavia().catalog();

    @AfterEach
    void close() {
        cloud.close();
    }

    private void answer(String url, String body) {
        cloud.server.stubFor(get(urlEqualTo(api(url))).willReturn(okJson(body)));
    }

    @Test
    void flavorsAndProfilesAreRead() {
        answer("/lbaas/flavors", OctaviaFixtures.listing("flavors", FLAVOR));
        answer("/lbaas/flavors/" + FLAVOR_ID, "{\"flavor\": " + FLAVOR + "}");
        answer("/lbaas/flavorprofiles", """
                {"flavorprofiles": [{"id": "5712097e-0092-45dc-bff0-ab68b61ad51a", "name": "amphora-act-stdby",
                 "provider_name": "amphora", "flavor_data": "{\\"loadbalancer_topology\\": \\"ACTIVE_STANDBY\\"}"}]}""");

        LoadBalancerFlavor flavor = catalog.listFlavors().get(0);
        FlavorProfile profile = catalog.listFlavorProfiles().get(0);

        assertThat(catalog.getFlavor(FLAVOR_ID)).isEqualTo(flavor);
        assertThat(flavor.id()).isEqualTo(FLAVOR_ID);
        assertThat(flavor.name()).isEqualTo("Basic");
        assertThat(flavor.description()).startsWith("A basic");
        assertThat(flavor.enabled()).isTrue();
        assertThat(flavor.flavorProfileId()).isEqualTo("5712097e-0092-45dc-bff0-ab68b61ad51a");
        assertThat(profile.name()).isEqualTo("amphora-act-stdby");
        assertThat(profile.providerName()).isEqualTo("amphora");
        assertThat(profile.flavorData()).isEqualTo("{\"loadbalancer_topology\": \"ACTIVE_STANDBY\"}");
        assertThat(cloud.log()).containsExactly("GET " + api("/lbaas/flavors"), "GET " + api("/lbaas/flavorprofiles"),
                "GET " + api("/lbaas/flavors/" + FLAVOR_ID));
    }

    @Test
    void providersAndTheirCapabilitiesAreRead() {
        answer("/lbaas/providers", """
                {"providers": [{"name": "amphora", "description": "The Octavia Amphora driver."},
                 {"name": "octavia", "description": "Deprecated alias of the Octavia Amphora driver."}]}""");
        answer("/lbaas/providers/amphora/flavor_capabilities", """
                {"flavor_capabilities": [{"name": "loadbalancer_topology", "description": "The load balancer topology."}]}""");
        answer("/lbaas/providers/amphora/availability_zone_capabilities", """
                {"availability_zone_capabilities": [{"name": "compute_zone", "description": "The compute zone."}]}""");

        assertThat(catalog.listProviders()).containsExactly(new Provider("amphora", "The Octavia Amphora driver."),
                new Provider("octavia", "Deprecated alias of the Octavia Amphora driver."));
        assertThat(catalog.listFlavorCapabilities("amphora")).containsExactly(new Provider("loadbalancer_topology",
                "The load balancer topology."));
        assertThat(catalog.listAvailabilityZoneCapabilities("amphora")).extracting(Provider::name)
                .containsExactly("compute_zone");
    }

    @Test
    void availabilityZonesAreRead() {
        String zone = """
                {"name": "my_az", "description": "My availability zone.", "enabled": true,
                 "availability_zone_profile_id": "5712097e-0092-45dc-bff0-ab68b61ad51a"}""";
        answer("/lbaas/availabilityzones", OctaviaFixtures.listing("availability_zones", zone));
        answer("/lbaas/availabilityzones/my_az", "{\"availability_zone\": " + zone + "}");

        AvailabilityZone listed = catalog.listAvailabilityZones().get(0);

        assertThat(catalog.getAvailabilityZone("my_az")).isEqualTo(listed);
        assertThat(listed.name()).isEqualTo("my_az");
        assertThat(listed.description()).isEqualTo("My availability zone.");
        assertThat(listed.enabled()).isTrue();
        assertThat(listed.availabilityZoneProfileId()).isEqualTo("5712097e-0092-45dc-bff0-ab68b61ad51a");
    }

    @Test
    void quotasAreReadUnderBothOfOctaviasNames() {
        answer("/lbaas/quotas", """
                {"quotas": [{"loadbalancer": 5, "member": 50, "healthmonitor": -1, "listener": null,
                 "project_id": "%s", "pool": null, "l7policy": 3, "l7rule": null}], "quotas_links": []}"""
                .formatted(PROJECT));
        answer("/lbaas/quotas/" + PROJECT, """
                {"quota": {"load_balancer": 5, "listener": -1, "member": 50, "pool": -1, "health_monitor": -1,
                 "l7policy": 20, "l7rule": -1}}""");
        cloud.server.stubFor(get(urlEqualTo(api("/lbaas/quotas/defaults"))).willReturn(fault(403,
                "Policy does not allow this request to be performed.")));

        Quota listed = catalog.listQuotas().get(0);
        Quota mine = catalog.getQuota(PROJECT);

        assertThat(listed.projectId()).contains(PROJECT);
        assertThat(listed.loadBalancer()).contains(5);
        assertThat(listed.healthMonitor()).contains(-1);
        assertThat(listed.listener()).isEmpty();
        assertThat(listed.l7Policy()).contains(3);
        assertThat(mine.loadBalancer()).contains(5);
        assertThat(mine.healthMonitor()).contains(-1);
        assertThat(mine.member()).contains(50);
        assertThat(mine.pool()).contains(-1);
        assertThat(mine.l7Rule()).contains(-1);
        assertThat(mine.projectId()).isEmpty();
        assertThatThrownBy(catalog::getDefaultQuota).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Policy does not allow");
    }

    @Test
    void flavorsAndZonesNeedTheirApiVersions() {
        try (OctaviaStub old = new OctaviaStub(5)) {
            OctaviaCatalog oldCatalog = old.octavia().catalog();
            assertThatThrownBy(oldCatalog::listFlavors).isInstanceOf(UnsupportedMicroversionException.class)
                    .hasMessageContaining("flavors needs Octavia API 2.6 or later; this endpoint serves up to 2.5");
            assertThatThrownBy(oldCatalog::listAvailabilityZones)
                    .isInstanceOf(UnsupportedMicroversionException.class).hasMessageContaining("2.14");
            assertThat(old.log()).isEmpty();
            assertThat(old.versionReads()).isEqualTo(1);
        }
    }
}
