package org.cloudsdk.autoconfigure;

import java.util.List;

import org.cloudsdk.CloudContext;
import org.cloudsdk.RegionClients;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The clients of one environment of {@link CloudClients}: {@code clients.environment("public")}.
 * Its context is built on first use and shared by every caller.
 */
public final class EnvironmentClients {

    private final CloudClients clients;
    private final String name;

    EnvironmentClients(CloudClients clients, String name) {
        this.clients = clients;
        this.name = name;
    }

    /** @return the environment's name */
    public String name() {
        return name;
    }

    /** @return the environment's context */
    public CloudContext context() {
        return clients.context(name);
    }

    /** @return the environment's region, then {@code cloud.regions} */
    public List<String> regions() {
        return clients.regions(name);
    }

    /**
     * @param service a service name or alias
     * @param region the region, or null for the environment's default
     * @return the client on the service's default interface; no network call is made
     * @throws IllegalStateException when the service is disabled by {@code cloud.services}
     */
    public ServiceClient client(String service, @Nullable String region) {
        return clients.client(name, service, region);
    }

    /**
     * @param region the region, or null for the environment's default
     * @return the environment's object storage there, built on first use and then reused
     * @throws IllegalStateException when {@code cloud.services.object_store.enabled=false}
     */
    public ObjectStorage objectStorage(@Nullable String region) {
        return clients.objectStorage(name, region);
    }

    /**
     * @param region the region, or null for the environment's default
     * @return the reactive twin of {@link #objectStorage(String)}
     * @throws IllegalStateException when {@code cloud.services.object_store.enabled=false}
     */
    public ReactiveObjectStorage reactiveObjectStorage(@Nullable String region) {
        return objectStorage(region).reactive();
    }

    /**
     * @param definition a registered service ({@code Compute.SERVICE})
     * @param region the region, or null for the environment's default
     * @param <C> the client class
     * @return the environment's client of that service there, built on first use and then reused
     * @throws IllegalStateException when {@code cloud.services.<name>.enabled=false}
     */
    public <C> C service(ServiceDefinition<C> definition, @Nullable String region) {
        return clients.service(name, definition, region);
    }

    /**
     * @param region a region
     * @return the core's view of that region's clients in this environment
     */
    public RegionClients region(String region) {
        return context().region(region);
    }

    @Override
    public String toString() {
        return "EnvironmentClients[" + name + "]";
    }
}
