package org.cloudsdk.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cloudsdk.CloudContext;
import org.cloudsdk.CloudServices;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The registry of the configured environments and regions: the active environment's
 * {@link CloudContext} (the {@code CloudContext} bean), a lazily built and cached context per
 * other environment of {@code cloud.environments}, and service clients per region
 * ({@code cloud.region} and {@code cloud.regions}).
 *
 * <pre>{@code
 * ServiceClient compute = clients.client("compute", "ORD");
 * ServiceClient files = clients.environment("public").client("object_store", "LON");
 * ObjectStorage ord = clients.objectStorage("ORD");
 * ObjectStorage lon = clients.environment("public").objectStorage("LON");
 * Compute dfw = clients.service(Compute.SERVICE, "DFW");
 * }</pre>
 *
 * <p>Thread-safe. Building a context makes no network call; each authenticates on first use.
 * {@link #close()} (called on shutdown) closes the contexts this registry built, not the
 * active one it was given.
 */
public class CloudClients implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CloudClients.class);

    private final CloudContextFactory factory;
    private final CloudProperties properties;
    private final String activeEnvironment;
    private final CloudContext activeContext;
    private final Map<String, CloudContext> built = new ConcurrentHashMap<>();
    private volatile boolean closed;

    /**
     * @param factory builds the contexts of the other environments
     * @param activeContext the context of the active environment ({@code cloud.environment})
     */
    public CloudClients(CloudContextFactory factory, CloudContext activeContext) {
        this.factory = Objects.requireNonNull(factory, "factory must not be null");
        this.properties = factory.properties();
        this.activeEnvironment = properties.getEnvironment();
        this.activeContext = Objects.requireNonNull(activeContext, "activeContext must not be null");
    }

    /** @return the name of the active environment */
    public String activeEnvironment() {
        return activeEnvironment;
    }

    /** @return the active environment and those of {@code cloud.environments}, active first */
    public Set<String> environments() {
        return properties.environmentNames();
    }

    /** @return the context of the active environment */
    public CloudContext context() {
        return activeContext;
    }

    /**
     * @param environment the active environment or one of {@code cloud.environments}
     * @return its context, built on first request and then reused
     * @throws IllegalArgumentException when the environment is unknown
     * @throws IllegalStateException after {@link #close()}
     */
    public CloudContext context(String environment) {
        Objects.requireNonNull(environment, "environment must not be null");
        if (environment.equals(activeEnvironment)) {
            return activeContext;
        }
        if (closed) {
            throw new IllegalStateException("the cloud clients are closed (the application is shutting down)");
        }
        properties.settingsFor(environment);
        CloudContext context = built.computeIfAbsent(environment, factory::create);
        if (closed) {
            close();
            throw new IllegalStateException("the cloud clients are closed (the application is shutting down)");
        }
        return context;
    }

    /**
     * @param environment the active environment or one of {@code cloud.environments}
     * @return the clients of that environment
     * @throws IllegalArgumentException when the environment is unknown
     */
    public EnvironmentClients environment(String environment) {
        properties.settingsFor(environment);
        return new EnvironmentClients(this, environment);
    }

    /**
     * @return the regions of the active environment: its {@code region}, then
     *     {@code cloud.regions}, without repeats
     */
    public List<String> regions() {
        return regions(activeEnvironment);
    }

    /**
     * @param environment an environment
     * @return its default region (when known without authenticating), then {@code cloud.regions}
     */
    public List<String> regions(String environment) {
        Set<String> regions = new LinkedHashSet<>();
        String region = context(environment).settings().region();
        if (region != null) {
            regions.add(region);
        }
        properties.getRegions().stream().filter(r -> r != null && !r.isBlank()).map(String::trim)
                .forEach(regions::add);
        return new ArrayList<>(regions);
    }

    /**
     * @param service a service name or alias
     * @return whether {@code cloud.services.<service>.enabled} is on (the default)
     */
    public boolean isEnabled(String service) {
        return CloudServices.find(service).filter(definition -> definition.name().equalsIgnoreCase(service.trim()))
                .map(definition -> properties.isEnabled(definition.name()))
                .orElseGet(() -> properties.isEnabled(ServiceType.fromName(service)));
    }

    /**
     * A client of the active environment.
     *
     * @param service a service name or alias, such as {@code compute} or {@code object_store}
     * @param region the region, or null for the default one
     * @return the client on the service's default interface; no network call is made
     * @throws IllegalStateException when the service is disabled by {@code cloud.services}
     */
    public ServiceClient client(String service, @Nullable String region) {
        return client(activeEnvironment, service, region);
    }

    ServiceClient client(String environment, String service, @Nullable String region) {
        ServiceType type = ServiceType.fromName(service);
        if (!properties.isEnabled(type)) {
            throw new IllegalStateException("the service " + type.serviceName() + " is disabled: cloud.services."
                    + type.serviceName() + ".enabled=false");
        }
        return context(environment).client(type.serviceName(), region);
    }

    /**
     * Object storage of the active environment, with the {@code cloud.object-storage.*} tunables, on
     * the internal endpoint when {@code cloud.use-servicenet} is on.
     *
     * @param region the region, or null for the default one
     * @return the client, built on first request and then reused; no network call is made
     * @throws IllegalStateException when {@code cloud.services.object_store.enabled=false}
     */
    public ObjectStorage objectStorage(@Nullable String region) {
        return objectStorage(activeEnvironment, region);
    }

    /**
     * @param region the region, or null for the default one
     * @return the reactive twin of {@link #objectStorage(String)}, over the same client
     * @throws IllegalStateException when {@code cloud.services.object_store.enabled=false}
     */
    public ReactiveObjectStorage reactiveObjectStorage(@Nullable String region) {
        return objectStorage(region).reactive();
    }

    ObjectStorage objectStorage(String environment, @Nullable String region) {
        // the context applies cloud.object-storage.* (CloudContextFactory put them in its settings)
        // and keeps one client per region, so every way of reaching it gets the same one
        return service(environment, ObjectStorage.SERVICE, region);
    }

    /**
     * The client of any service of {@link CloudServices#all()} in the active environment:
     * {@code clients.service(Compute.SERVICE, "ORD")}. Its context builds it once per region and
     * shares it.
     *
     * @param definition the service's registration
     * @param region the region, or null for the default one
     * @param <C> the client class
     * @return the client; no network call is made
     * @throws IllegalStateException when {@code cloud.services.<name>.enabled=false}
     */
    public <C> C service(ServiceDefinition<C> definition, @Nullable String region) {
        return service(activeEnvironment, definition, region);
    }

    <C> C service(String environment, ServiceDefinition<C> definition, @Nullable String region) {
        Objects.requireNonNull(definition, "definition must not be null");
        if (!properties.isEnabled(definition.name())) {
            throw new IllegalStateException("the service " + definition.name() + " is disabled: cloud.services."
                    + definition.name() + ".enabled=false");
        }
        return context(environment).service(definition, region);
    }

    /**
     * @param name a service's name or alias ({@code compute}, {@code nova})
     * @return its client in the default region of the active environment; used by the starter's
     *     client beans
     * @throws IllegalArgumentException when the SDK has no client for that service
     */
    Object defaultClient(String name) {
        ServiceDefinition<?> definition = CloudServices.find(name)
                .orElseThrow(() -> new IllegalArgumentException("no service client is registered as '" + name + "'"));
        return service(definition, null);
    }

    /** Closes the contexts this registry built (not the active one); later requests for them fail. */
    @Override
    public void close() {
        closed = true;
        for (String name : List.copyOf(built.keySet())) {
            CloudContext context = built.remove(name);
            if (context != null) {
                try {
                    context.close();
                } catch (RuntimeException ex) {
                    LOG.warn("Closing the cloud context of environment '{}' failed", name, ex);
                }
            }
        }
    }

    @Override
    public String toString() {
        return "CloudClients[active=" + activeEnvironment + ", environments=" + environments() + ", built="
                + built.keySet() + "]";
    }
}
