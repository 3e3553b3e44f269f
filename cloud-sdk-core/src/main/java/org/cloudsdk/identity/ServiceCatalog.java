package org.cloudsdk.identity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.cloudsdk.errors.NoEndpointForServiceException;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The services and regions an authenticated user may use, read from an identity v3 or v2.0
 * response. Endpoints are looked up by service, region and interface; services listed without a
 * region (Rackspace DNS and monitoring) resolve whatever region is asked for. Immutable.
 */
public final class ServiceCatalog {

    private static final ServiceCatalog EMPTY = new ServiceCatalog(List.of());

    private final List<Endpoint> endpoints;
    /** answers already found: every call of a client looks its endpoint up again (the token may change) */
    private final Map<Lookup, Endpoint> found = new ConcurrentHashMap<>();

    private record Lookup(ServiceType service, List<String> catalogTypes, @Nullable String region,
            EndpointInterface endpointInterface) {
    }

    /**
     * @param endpoints every endpoint of the catalog
     */
    public ServiceCatalog(List<Endpoint> endpoints) {
        this.endpoints = List.copyOf(endpoints);
    }

    /** @return a catalog without services */
    public static ServiceCatalog empty() {
        return EMPTY;
    }

    /**
     * Reads an identity v3 {@code token.catalog} array:
     * {@code [{"type", "name", "endpoints": [{"interface", "region" or "region_id", "url"}]}]}.
     *
     * @param catalog the array (null or missing: an empty catalog)
     * @return the catalog
     */
    public static ServiceCatalog fromV3(@Nullable JsonNode catalog) {
        List<Endpoint> endpoints = new ArrayList<>();
        if (catalog != null && catalog.isArray()) {
            for (JsonNode service : catalog) {
                String type = text(service, "type");
                if (type == null) {
                    continue;
                }
                String name = text(service, "name");
                for (JsonNode endpoint : service.path("endpoints")) {
                    String url = text(endpoint, "url");
                    String iface = text(endpoint, "interface");
                    if (url == null || iface == null) {
                        continue;
                    }
                    String region = text(endpoint, "region_id");
                    if (region == null) {
                        region = text(endpoint, "region");
                    }
                    endpoints.add(new Endpoint(type, name, region, EndpointInterface.parse(iface), url, null));
                }
            }
        }
        return new ServiceCatalog(endpoints);
    }

    /**
     * Reads an identity v2.0 (and Rackspace) {@code access.serviceCatalog} array:
     * {@code [{"type", "name", "endpoints": [{"region", "tenantId", "publicURL", "internalURL", "adminURL"}]}]}.
     *
     * @param catalog the array (null or missing: an empty catalog)
     * @return the catalog
     */
    public static ServiceCatalog fromV2(@Nullable JsonNode catalog) {
        List<Endpoint> endpoints = new ArrayList<>();
        if (catalog != null && catalog.isArray()) {
            for (JsonNode service : catalog) {
                String type = text(service, "type");
                if (type == null) {
                    continue;
                }
                String name = text(service, "name");
                for (JsonNode endpoint : service.path("endpoints")) {
                    String region = text(endpoint, "region");
                    String tenant = text(endpoint, "tenantId");
                    for (EndpointInterface iface : EndpointInterface.values()) {
                        String url = text(endpoint, iface.v2Key());
                        if (url != null) {
                            endpoints.add(new Endpoint(type, name, region, iface, url, tenant));
                        }
                    }
                }
            }
        }
        return new ServiceCatalog(endpoints);
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !value.isValueNode()) {
            return null;
        }
        String text = value.asString();
        return text.isBlank() ? null : text;
    }

    /** @return every endpoint */
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    /** @return whether the catalog lists nothing */
    public boolean isEmpty() {
        return endpoints.isEmpty();
    }

    /** @return every region named in the catalog, sorted */
    public Set<String> regions() {
        return Collections.unmodifiableSet(new TreeSet<>(endpoints.stream().map(Endpoint::region)
                .filter(Objects::nonNull).toList()));
    }

    /** @return every catalog type, in catalog order */
    public Set<String> catalogTypes() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(endpoints.stream().map(Endpoint::catalogType)
                .toList()));
    }

    /** @return the known services the catalog offers, in catalog order */
    public Set<ServiceType> services() {
        Set<ServiceType> services = new LinkedHashSet<>();
        for (Endpoint endpoint : endpoints) {
            ServiceType.fromCatalogType(endpoint.catalogType()).ifPresent(services::add);
        }
        return Collections.unmodifiableSet(services);
    }

    /**
     * @param service a service
     * @return the regions it is offered in, sorted (empty for services without regions)
     */
    public Set<String> regions(ServiceType service) {
        return Collections.unmodifiableSet(new TreeSet<>(candidates(service).stream().map(Endpoint::region)
                .filter(Objects::nonNull).toList()));
    }

    /**
     * @param service the service
     * @param region the region (any case), or null to take the only one or a region-less endpoint
     * @param endpointInterface public, internal or admin
     * @return the endpoint, if the catalog has exactly one answer
     */
    public Optional<Endpoint> find(ServiceType service, @Nullable String region, EndpointInterface endpointInterface) {
        return select(candidates(service), region, endpointInterface);
    }

    /**
     * @param service the service
     * @param region the region (any case), or null to take the only one or a region-less endpoint
     * @param endpointInterface public, internal or admin
     * @return the endpoint
     * @throws NoEndpointForServiceException naming what was asked and what the catalog offers
     */
    public Endpoint endpoint(ServiceType service, @Nullable String region, EndpointInterface endpointInterface) {
        return endpoint(service, service.catalogTypes(), region, endpointInterface);
    }

    /**
     * Looks a service up under some of its catalog types only, for a client that speaks one of
     * the APIs a service type covers (Rackspace's Cloud Load Balancers under
     * {@code rax:load-balancer}, Octavia under {@code load-balancer}).
     *
     * @param service the service
     * @param catalogTypes the catalog types to look under, preferred first
     * @param region the region (any case), or null to take the only one or a region-less endpoint
     * @param endpointInterface public, internal or admin
     * @return the endpoint
     * @throws NoEndpointForServiceException naming what was asked and what the catalog offers
     */
    public Endpoint endpoint(ServiceType service, List<String> catalogTypes, @Nullable String region,
            EndpointInterface endpointInterface) {
        // a failed lookup throws, and computeIfAbsent remembers nothing then
        return found.computeIfAbsent(new Lookup(service, List.copyOf(catalogTypes), region, endpointInterface),
                lookup -> lookUp(lookup.service(), lookup.catalogTypes(), lookup.region(), lookup.endpointInterface()));
    }

    private Endpoint lookUp(ServiceType service, List<String> catalogTypes, @Nullable String region,
            EndpointInterface endpointInterface) {
        List<Endpoint> candidates = candidates(catalogTypes);
        return select(candidates, region, endpointInterface)
                .orElseThrow(() -> noEndpoint(service.serviceName() + " (catalog type "
                        + String.join(" or ", catalogTypes) + ")", service.serviceName(), candidates, region,
                        endpointInterface));
    }

    /**
     * Looks up a service by its raw catalog type, for services the SDK has no name for.
     *
     * @param catalogType the catalog type, such as {@code placement}
     * @param region the region, or null
     * @param endpointInterface public, internal or admin
     * @return the endpoint
     * @throws NoEndpointForServiceException naming what was asked and what the catalog offers
     */
    public Endpoint endpoint(String catalogType, @Nullable String region, EndpointInterface endpointInterface) {
        List<Endpoint> candidates = endpoints.stream()
                .filter(e -> e.catalogType().equalsIgnoreCase(catalogType)).toList();
        return select(candidates, region, endpointInterface)
                .orElseThrow(() -> noEndpoint("catalog type " + catalogType, catalogType, candidates, region,
                        endpointInterface));
    }

    private List<Endpoint> candidates(ServiceType service) {
        return candidates(service.catalogTypes());
    }

    private List<Endpoint> candidates(List<String> catalogTypes) {
        // catalog types in the service's order of preference (volumev3 before volumev2, ...)
        List<Endpoint> ordered = new ArrayList<>();
        for (String type : catalogTypes) {
            for (Endpoint endpoint : endpoints) {
                if (endpoint.catalogType().equalsIgnoreCase(type)) {
                    ordered.add(endpoint);
                }
            }
        }
        return ordered;
    }

    private static Optional<Endpoint> select(List<Endpoint> candidates, @Nullable String region,
            EndpointInterface iface) {
        List<Endpoint> withInterface = candidates.stream().filter(e -> e.endpointInterface() == iface).toList();
        if (region != null && !region.isBlank()) {
            String wanted = region.trim();
            Optional<Endpoint> inRegion = withInterface.stream()
                    .filter(e -> e.region() != null && e.region().equalsIgnoreCase(wanted)).findFirst();
            if (inRegion.isPresent()) {
                return inRegion;
            }
            return withInterface.stream().filter(e -> e.region() == null).findFirst();
        }
        Optional<Endpoint> global = withInterface.stream().filter(e -> e.region() == null).findFirst();
        if (global.isPresent()) {
            return global;
        }
        // no endpoint is region-less here, so each has a region
        Set<String> regions = withInterface.stream().map(Endpoint::region).filter(Objects::nonNull)
                .map(r -> r.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return regions.size() == 1 ? Optional.of(withInterface.get(0)) : Optional.empty();
    }

    private NoEndpointForServiceException noEndpoint(String what, String service, List<Endpoint> candidates,
            @Nullable String region, EndpointInterface iface) {
        List<String> offered;
        String message;
        if (candidates.isEmpty()) {
            offered = List.copyOf(catalogTypes());
            message = "The service catalog has no " + what + "; it offers: "
                    + (offered.isEmpty() ? "nothing" : String.join(", ", offered));
        } else {
            offered = candidates.stream()
                    .map(e -> (e.region() == null ? "(no region)" : e.region()) + "/" + e.endpointInterface().v3Name())
                    .distinct().toList();
            String where = region == null || region.isBlank()
                    ? " without a region (the service is in several regions: name one)"
                    : " in region '" + region + "'";
            message = "No " + iface.v3Name() + " endpoint for " + what + where + "; the catalog offers "
                    + String.join(", ", offered);
        }
        return new NoEndpointForServiceException(service, region, iface.v3Name(), offered, message);
    }

    @Override
    public String toString() {
        return "ServiceCatalog" + endpoints.stream()
                .map(e -> e.catalogType() + "@" + (e.region() == null ? "-" : e.region()) + "/" + e.endpointInterface().v3Name())
                .toList();
    }
}
