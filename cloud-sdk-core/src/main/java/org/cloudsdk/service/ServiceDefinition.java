package org.cloudsdk.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.identity.ServiceType;

import reactor.core.publisher.Mono;

/**
 * The one registration of a service client: its name (the key of
 * {@code cloud.services.<name>.*}), the catalog type it serves, its client class, how a context
 * builds it for a region, and the cheap read that tells whether its endpoint is healthy. The
 * context ({@code ctx.service(definition, region)}), its region view, the Spring Boot starter's
 * registry, beans and health entries all work from the definitions listed in
 * {@code org.cloudsdk.CloudServices}, so adding a service is adding its definition there.
 *
 * <pre>{@code
 * public static final ServiceDefinition<Compute> SERVICE = ServiceDefinition
 *         .builder("compute", ServiceType.COMPUTE, Compute.class, Compute::new)
 *         .healthCheck(compute -> compute.healthDetails())
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <C> the client class
 */
public final class ServiceDefinition<C> {

    private final String name;
    private final ServiceType type;
    private final List<String> catalogTypes;
    private final Class<C> clientType;
    private final Factory<C> factory;
    private final HealthCheck<C> healthCheck;

    private ServiceDefinition(Builder<C> builder) {
        this.name = builder.name;
        this.type = builder.type;
        this.catalogTypes = builder.catalogTypes;
        this.clientType = builder.clientType;
        this.factory = builder.factory;
        this.healthCheck = builder.healthCheck;
    }

    /**
     * @param name the service's name in settings and properties ({@code compute},
     *     {@code object_store}): lower case letters, digits and {@code _}
     * @param type the catalog type it is found under
     * @param clientType the client class
     * @param factory builds a client for one region of a context
     * @param <C> the client class
     * @return a builder
     */
    public static <C> Builder<C> builder(String name, ServiceType type, Class<C> clientType, Factory<C> factory) {
        return new Builder<>(name, type, clientType, factory);
    }

    /** @return the service's name in settings and properties */
    public String name() {
        return name;
    }

    /** @return the catalog type the service is found under */
    public ServiceType type() {
        return type;
    }

    /**
     * @return the catalog types its client looks under, preferred first: all of its
     *     {@link #type()}'s unless the definition narrowed them to the one API its client speaks
     */
    public List<String> catalogTypes() {
        return catalogTypes;
    }

    /** @return the client class */
    public Class<C> clientType() {
        return clientType;
    }

    /**
     * @param context what the context gives a service client: endpoint-bound clients, settings
     * @return a new client; building it makes no network call
     */
    public C create(ServiceContext context) {
        return Objects.requireNonNull(factory.create(context), () -> name + ": the factory returned null");
    }

    /**
     * @param client a client of this service
     * @return the details of a cheap read of its endpoint (it never creates anything), or an error
     */
    public Mono<Map<String, Object>> checkHealth(C client) {
        return healthCheck.check(client);
    }

    @Override
    public String toString() {
        return "ServiceDefinition[" + name + ", " + clientType.getSimpleName() + "]";
    }

    /**
     * Builds a service client for one region of a context.
     *
     * @param <C> the client class
     */
    @FunctionalInterface
    public interface Factory<C> {

        /**
         * @param context the context's view for this service and region
         * @return the client; no network call is made
         */
        C create(ServiceContext context);
    }

    /**
     * A cheap read that tells whether a service endpoint answers, for health indicators.
     *
     * @param <C> the client class
     */
    @FunctionalInterface
    public interface HealthCheck<C> {

        /**
         * @param client the client to check
         * @return details worth showing (counts, versions), when the endpoint answered; an error
         *     otherwise
         */
        Mono<Map<String, Object>> check(C client);
    }

    /**
     * Builder of a {@link ServiceDefinition}.
     *
     * @param <C> the client class
     */
    public static final class Builder<C> {

        private final String name;
        private final ServiceType type;
        private final Class<C> clientType;
        private final Factory<C> factory;
        private HealthCheck<C> healthCheck = client -> Mono.just(Map.of());
        private List<String> catalogTypes;

        private Builder(String name, ServiceType type, Class<C> clientType, Factory<C> factory) {
            Objects.requireNonNull(name, "name must not be null");
            if (!name.matches("[a-z][a-z0-9_]*")) {
                throw new IllegalArgumentException("name must be lower case letters, digits and _, was '" + name + "'");
            }
            this.name = name;
            this.type = Objects.requireNonNull(type, "type must not be null");
            this.clientType = Objects.requireNonNull(clientType, "clientType must not be null");
            this.factory = Objects.requireNonNull(factory, "factory must not be null");
            this.catalogTypes = type.catalogTypes();
        }

        /**
         * Narrows the catalog types the client looks under, when the service type covers APIs
         * that differ (Rackspace's {@code rax:dns} and Designate's {@code dns}): a catalog that
         * lists only the other API then has no endpoint for this client, and its health entry is
         * UNKNOWN rather than DOWN.
         *
         * @param first the preferred catalog type
         * @param more further catalog types, in order of preference
         * @return this builder
         * @throws IllegalArgumentException when a type is not one of the service type's
         */
        public Builder<C> catalogTypes(String first, String... more) {
            List<String> chosen = new ArrayList<>();
            chosen.add(first);
            chosen.addAll(Arrays.asList(more));
            for (String candidate : chosen) {
                if (!type.catalogTypes().contains(candidate)) {
                    throw new IllegalArgumentException("catalogTypes must be among " + type.name() + "'s "
                            + type.catalogTypes() + ", was '" + candidate + "'");
                }
            }
            this.catalogTypes = List.copyOf(chosen);
            return this;
        }

        /**
         * @param value the service's health read; by default the endpoint is not read and the
         *     entry is healthy when a client can be built
         * @return this builder
         */
        public Builder<C> healthCheck(HealthCheck<C> value) {
            this.healthCheck = Objects.requireNonNull(value, "healthCheck must not be null");
            return this;
        }

        /** @return the definition */
        public ServiceDefinition<C> build() {
            return new ServiceDefinition<>(this);
        }
    }
}
