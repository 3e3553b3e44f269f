package org.cloudsdk.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

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

    /** Services by name (object_store, compute, ...): whether clients and probes are built for them. */
    private Map<ServiceType, Service> services = new TreeMap<>();

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

    /** @return the per-service settings */
    public Map<ServiceType, Service> getServices() {
        return services;
    }

    /** @param services the per-service settings */
    public void setServices(Map<ServiceType, Service> services) {
        this.services = services;
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
     * @param service a service
     * @return whether {@code cloud.services.<service>.enabled} is on (the default)
     */
    public boolean isEnabled(ServiceType service) {
        Service settings = services.get(service);
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
