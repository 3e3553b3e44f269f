package org.cloudsdk.octavia;

import java.util.List;
import java.util.function.Function;

import org.cloudsdk.http.Transport;

import tools.jackson.databind.JsonNode;

/**
 * What an Octavia deployment offers, read-only: flavors (API 2.6) and flavor profiles, provider
 * drivers and their capabilities, availability zones (API 2.14) and quotas:
 * {@code octavia.catalog()}. Octavia's default policy shows flavor profiles, the quota defaults
 * and other projects' quotas to administrators only (403 otherwise).
 */
public final class OctaviaCatalog {

    private final Octavia octavia;

    OctaviaCatalog(Octavia octavia) {
        this.octavia = octavia;
    }

    /** @return the flavors load balancers may be created with */
    public List<LoadBalancerFlavor> listFlavors() {
        Transport.block(octavia.api().versions().require(OctaviaVersions.FLAVORS, "flavors"));
        return list("listFlavors", "/lbaas/flavors", "flavors", LoadBalancerFlavor::new);
    }

    /**
     * @param flavorId the flavor
     * @return the flavor
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public LoadBalancerFlavor getFlavor(String flavorId) {
        Transport.block(octavia.api().versions().require(OctaviaVersions.FLAVORS, "flavors"));
        return new LoadBalancerFlavor(get("getFlavor", "/lbaas/flavors/{id}", OctaviaChecks.text(flavorId, "flavorId"))
                .path("flavor"));
    }

    /** @return the flavor profiles (administrators) */
    public List<FlavorProfile> listFlavorProfiles() {
        Transport.block(octavia.api().versions().require(OctaviaVersions.FLAVORS, "flavor profiles"));
        return list("listFlavorProfiles", "/lbaas/flavorprofiles", "flavorprofiles", FlavorProfile::new);
    }

    /** @return the provider drivers enabled in the deployment */
    public List<Provider> listProviders() {
        return list("listProviders", "/lbaas/providers", "providers", OctaviaCatalog::provider);
    }

    /**
     * @param provider a provider driver's name
     * @return the options its flavors may set
     */
    public List<Provider> listFlavorCapabilities(String provider) {
        return capabilities("listFlavorCapabilities", provider, "flavor_capabilities");
    }

    /**
     * @param provider a provider driver's name
     * @return the options its availability zones may set (API 2.14)
     */
    public List<Provider> listAvailabilityZoneCapabilities(String provider) {
        Transport.block(octavia.api().versions().require(OctaviaVersions.AVAILABILITY_ZONES, "availability zones"));
        return capabilities("listAvailabilityZoneCapabilities", provider, "availability_zone_capabilities");
    }

    /** @return the availability zones load balancers may be created in */
    public List<AvailabilityZone> listAvailabilityZones() {
        Transport.block(octavia.api().versions().require(OctaviaVersions.AVAILABILITY_ZONES, "availability zones"));
        return list("listAvailabilityZones", "/lbaas/availabilityzones", "availability_zones", AvailabilityZone::new);
    }

    /**
     * @param name the zone's name
     * @return the zone
     * @throws org.cloudsdk.errors.NotFoundException when there is none
     */
    public AvailabilityZone getAvailabilityZone(String name) {
        Transport.block(octavia.api().versions().require(OctaviaVersions.AVAILABILITY_ZONES, "availability zones"));
        return new AvailabilityZone(get("getAvailabilityZone", "/lbaas/availabilityzones/{name}",
                OctaviaChecks.text(name, "name")).path("availability_zone"));
    }

    /** @return the quotas the caller may see: its project's (every project's for an administrator) */
    public List<Quota> listQuotas() {
        return list("listQuotas", "/lbaas/quotas", "quotas", Quota::new);
    }

    /**
     * @param projectId a project
     * @return its quotas (another project's: administrators)
     */
    public Quota getQuota(String projectId) {
        return new Quota(get("getQuota", "/lbaas/quotas/{project}", OctaviaChecks.text(projectId, "projectId"))
                .path("quota"));
    }

    /** @return the deployment's default quotas (administrators) */
    public Quota getDefaultQuota() {
        return new Quota(get("getDefaultQuota", "/lbaas/quotas/defaults").path("quota"));
    }

    private List<Provider> capabilities(String operation, String provider, String field) {
        String name = OctaviaChecks.text(provider, "provider");
        String path = "/lbaas/providers/{provider}/" + field;
        return octavia.api().listing(operation, path, field, OctaviaCatalog::provider, name).build().stream().toList();
    }

    private <T> List<T> list(String operation, String path, String items, Function<JsonNode, T> reader) {
        return octavia.api().listing(operation, path, items, reader).build().stream().toList();
    }

    private JsonNode get(String operation, String path, Object... variables) {
        return Transport.blockValue(octavia.api().read(operation, path, variables)).json();
    }

    private static Provider provider(JsonNode json) {
        return new Provider(json.path("name").asString(""), json.path("description").asString(""));
    }
}
