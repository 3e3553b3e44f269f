package org.cloudsdk.identity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The services the SDK knows, by the names pyrax accepts (descriptive names, OpenStack code names,
 * Rackspace product names) and the catalog types they are listed under. Names are matched without
 * regard to case, and {@code -} and {@code _} are the same.
 */
public enum ServiceType {

    /** Servers, flavors, images (compute view), keypairs. */
    COMPUTE("compute", List.of("compute"), List.of("nova", "cloudservers", "cloud_servers", "servers")),
    /** Cloud Files / Swift. */
    OBJECT_STORE("object_store", List.of("object-store"), List.of("swift", "cloudfiles", "cloud_files", "object_storage")),
    /** The Cloud Files CDN (Rackspace). */
    OBJECT_CDN("object_cdn", List.of("rax:object-cdn"), List.of("cloudfiles_cdn", "cdn")),
    /** Cloud Load Balancers (Rackspace) or Octavia. */
    LOAD_BALANCER("load_balancer", List.of("rax:load-balancer", "load-balancer"),
            List.of("cloud_loadbalancers", "cloud_load_balancers", "loadbalancers", "octavia")),
    /** Cloud Databases / Trove. */
    DATABASE("database", List.of("rax:database", "database"), List.of("trove", "cloud_databases")),
    /** Block storage / Cinder. */
    VOLUME("volume", List.of("volumev3", "block-storage", "volumev2", "volume"),
            List.of("cinder", "cloud_blockstorage", "block_storage", "blockstorage")),
    /** Cloud DNS / Designate. */
    DNS("dns", List.of("rax:dns", "dns"), List.of("designate", "cloud_dns")),
    /** Cloud Networks / Neutron. */
    NETWORK("network", List.of("network", "rax:network"), List.of("neutron", "cloud_networks", "networks")),
    /** Images / Glance. */
    IMAGE("image", List.of("image"), List.of("glance", "images")),
    /** Queues / Marconi / Zaqar. */
    QUEUES("queues", List.of("rax:queues", "messaging"), List.of("marconi", "zaqar", "queue", "cloud_queues")),
    /** Cloud Monitoring (Rackspace). */
    MONITOR("monitor", List.of("rax:monitor"), List.of("cloud_monitoring", "monitoring")),
    /** Auto Scale (Rackspace). */
    AUTOSCALE("autoscale", List.of("rax:autoscale"), List.of("auto_scale")),
    /** The identity service itself. */
    IDENTITY("identity", List.of("identity"), List.of("keystone"));

    private final String serviceName;
    private final List<String> catalogTypes;
    private final List<String> aliases;

    ServiceType(String serviceName, List<String> catalogTypes, List<String> aliases) {
        this.serviceName = serviceName;
        this.catalogTypes = catalogTypes;
        this.aliases = aliases;
    }

    /** @return the descriptive name pyrax documents, such as {@code object_store} */
    public String serviceName() {
        return serviceName;
    }

    /** @return the catalog types this service is listed under, preferred first */
    public List<String> catalogTypes() {
        return catalogTypes;
    }

    /** @return the other names accepted for it */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * @param catalogType a type from a service catalog; null finds none
     * @return the service it belongs to, if known
     */
    public static Optional<ServiceType> fromCatalogType(@Nullable String catalogType) {
        if (catalogType == null) {
            return Optional.empty();
        }
        String wanted = catalogType.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.catalogTypes.contains(wanted)).findFirst();
    }

    /**
     * @param name a service name, alias or catalog type, any case; null finds none
     * @return the service, if the name is known
     */
    public static Optional<ServiceType> find(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalize(name);
        for (ServiceType type : values()) {
            if (normalize(type.serviceName).equals(wanted) || normalize(type.name()).equals(wanted)
                    || type.aliases.stream().map(ServiceType::normalize).anyMatch(wanted::equals)
                    || type.catalogTypes.stream().map(ServiceType::normalize).anyMatch(wanted::equals)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * @param name a service name, alias or catalog type, any case
     * @return the service
     * @throws IllegalArgumentException naming the known services when the name is unknown
     */
    public static ServiceType fromName(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("service '" + name
                + "' is unknown; expected one of " + knownNames()));
    }

    /** @return every accepted name, for error messages */
    public static String knownNames() {
        return Arrays.stream(values())
                .map(t -> t.serviceName + (t.aliases.isEmpty() ? "" : " (" + String.join(", ", t.aliases) + ")"))
                .collect(Collectors.joining(", "));
    }

    private static String normalize(String name) {
        return name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    }
}
