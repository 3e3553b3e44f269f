package org.cloudsdk.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cloudsdk.identity.ServiceType;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;

/**
 * The {@code cloud.*} properties: the core SDK's settings and credentials at the top level,
 * named environments overriding them, the regions and services to build clients for, the
 * transport's connection, retry and health settings, and the object storage tunables.
 */
@ConfigurationProperties("cloud")
public class CloudProperties extends CloudSettingsProperties {

    /** Name of the active environment when {@code cloud.environment} is not set. */
    public static final String DEFAULT_ENVIRONMENT = "default";

    /**
     * Active environment: its settings (cloud.environments.<name>.*) override the top-level ones
     * for the CloudContext bean.
     */
    private String environment = DEFAULT_ENVIRONMENT;

    /** Named environments, each a set of settings that override the top-level ones. */
    private Map<String, CloudSettingsProperties> environments = new LinkedHashMap<>();

    /** Regions to build clients and health probes for, besides cloud.region. */
    private List<String> regions = new ArrayList<>();

    /**
     * Services by the name of their client (object_store, compute, load_balancer, octavia, dns,
     * designate, ...; - and _ alike, any case): whether clients and probes are built for them, and
     * the microversion they send.
     */
    private Map<String, Service> services = new LinkedHashMap<>();

    /**
     * Whether the machine's SDK settings are read too, under these properties: ~/.pyrax.cfg (or
     * CLOUD_CONFIG_FILE), the CLOUD_* environment variables and OS_CLOUD.
     */
    private boolean readMachineSettings;

    /**
     * Whether folder uploads and syncs (and so the sync jobs) send their files on Spring Boot's
     * applicationTaskExecutor (virtual threads with spring.threads.virtual.enabled) when there is
     * one and no Executor bean named cloudTransferExecutor; when off, or without either, each
     * transfer starts threads of its own. A transfer runs at most its parallelism files at once
     * on any executor.
     */
    private boolean useApplicationTaskExecutor = true;

    /** Connection settings of the transport. */
    @NestedConfigurationProperty
    private final CloudHttpProperties http = new CloudHttpProperties();

    /** Retry policy of the transport (Spring Framework 7 core retry). */
    @NestedConfigurationProperty
    private final CloudRetryProperties retry = new CloudRetryProperties();

    /** Tunables of the object storage clients. */
    @NestedConfigurationProperty
    private final CloudObjectStorageProperties objectStorage = new CloudObjectStorageProperties();

    /** Settings of the cloud health contributor. */
    @NestedConfigurationProperty
    private final CloudHealthProperties health = new CloudHealthProperties();

    /** Defaults of the waiter (waitUntil, waitForBuild). */
    @NestedConfigurationProperty
    private final CloudWaitProperties wait = new CloudWaitProperties();

    /** @return the active environment */
    public String getEnvironment() {
        return environment;
    }

    /** @param environment the active environment */
    public void setEnvironment(@Nullable String environment) {
        this.environment = environment == null || environment.isBlank() ? DEFAULT_ENVIRONMENT : environment.trim();
    }

    /** @return the named environments */
    public Map<String, CloudSettingsProperties> getEnvironments() {
        return environments;
    }

    /** @param environments the named environments */
    public void setEnvironments(Map<String, CloudSettingsProperties> environments) {
        this.environments = environments;
    }

    /** @return the regions besides cloud.region */
    public List<String> getRegions() {
        return regions;
    }

    /** @param regions the regions besides cloud.region */
    public void setRegions(List<String> regions) {
        this.regions = regions;
    }

    /** @return the per-service settings, by the names they were given under */
    public Map<String, Service> getServices() {
        return services;
    }

    /** @param services the per-service settings */
    public void setServices(Map<String, Service> services) {
        this.services = services;
    }

    /**
     * @param name a service client's name ({@code object_store}) or a service type's name
     * @return its settings, whichever spelling they were given under, or null when none were
     */
    public @Nullable Service service(String name) {
        return find(services, name);
    }

    /**
     * @param services {@code cloud.services} as bound
     * @param name a service's name
     * @return the entry whose key is that name in any spelling ({@code object-store},
     *     {@code OBJECT_STORE}), or null
     */
    static @Nullable Service find(Map<String, Service> services, String name) {
        String wanted = ServiceNames.normalize(name);
        for (Map.Entry<String, Service> entry : services.entrySet()) {
            if (ServiceNames.normalize(entry.getKey()).equals(wanted)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** @return whether the machine's SDK settings are read too */
    public boolean isReadMachineSettings() {
        return readMachineSettings;
    }

    /** @param readMachineSettings whether the machine's SDK settings are read too */
    public void setReadMachineSettings(boolean readMachineSettings) {
        this.readMachineSettings = readMachineSettings;
    }

    /** @return whether transfers use Boot's applicationTaskExecutor */
    public boolean isUseApplicationTaskExecutor() {
        return useApplicationTaskExecutor;
    }

    /** @param useApplicationTaskExecutor whether transfers use Boot's applicationTaskExecutor */
    public void setUseApplicationTaskExecutor(boolean useApplicationTaskExecutor) {
        this.useApplicationTaskExecutor = useApplicationTaskExecutor;
    }

    /** @return the connection settings */
    public CloudHttpProperties getHttp() {
        return http;
    }

    /** @return the retry settings */
    public CloudRetryProperties getRetry() {
        return retry;
    }

    /** @return the object storage tunables */
    public CloudObjectStorageProperties getObjectStorage() {
        return objectStorage;
    }

    /** @return the health settings */
    public CloudHealthProperties getHealth() {
        return health;
    }

    /** @return the waiter's defaults */
    public CloudWaitProperties getWait() {
        return wait;
    }

    /** @return the active environment and the named ones, active first */
    public Set<String> environmentNames() {
        Set<String> names = new LinkedHashSet<>();
        names.add(environment);
        names.addAll(environments.keySet());
        return names;
    }

    /**
     * @param name an environment: the active one or one of {@code cloud.environments}
     * @return its effective settings: the top level overridden by the environment's own
     * @throws IllegalArgumentException naming the known environments when it is neither
     */
    public CloudSettingsProperties settingsFor(String name) {
        CloudSettingsProperties own = environments.get(name);
        if (own != null) {
            return overriddenBy(own);
        }
        if (environment.equals(name)) {
            return overriddenBy(new CloudSettingsProperties());
        }
        throw new IllegalArgumentException("unknown cloud environment '" + name + "': expected one of "
                + environmentNames() + " (define it under cloud.environments." + name + ".*)");
    }

    /**
     * @param service a service type, for its raw clients ({@code CloudClients.client(name, region)})
     * @return whether {@code cloud.services.<its name>.enabled} is on (the default)
     */
    public boolean isEnabled(ServiceType service) {
        return isEnabled(service.serviceName());
    }

    /**
     * @param name a service client's name ({@code octavia}) or a service type's name
     * @return whether {@code cloud.services.<name>.enabled} is on (the default)
     */
    public boolean isEnabled(String name) {
        Service settings = service(name);
        return settings == null || settings.isEnabled();
    }

    /** Settings of one service. */
    public static class Service {

        /** Whether clients and health probes are built for this service. */
        private boolean enabled = true;

        /**
         * The API microversion its clients send (such as 2.79); empty or "latest" for the newest
         * the server and the SDK both support, negotiated on the first call.
         */
        private @Nullable String microversion;

        /** @return the microversion to pin, or null to negotiate */
        public @Nullable String getMicroversion() {
            return microversion;
        }

        /** @param microversion the microversion to pin, or null or {@code latest} to negotiate */
        public void setMicroversion(@Nullable String microversion) {
            this.microversion = microversion;
        }

        /** @return whether clients and probes are built for this service */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether clients and probes are built for this service */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }
    }
}
