package org.cloudsdk.service;

import java.util.Optional;
import java.util.concurrent.Executor;

import org.cloudsdk.config.Setting;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.jspecify.annotations.Nullable;

/**
 * What a context gives a {@link ServiceDefinition}'s factory when it builds a client for one
 * region: endpoint-bound {@link ServiceClient}s sharing the context's transport and token, and the
 * settings the context was built with for this service. Implemented by the context; a service
 * package never sees the context itself, so service packages do not depend on the root package.
 */
public interface ServiceContext {

    /**
     * @return the client of this service in the region, on its default interface (public, or the
     *     {@code interface} setting; internal for object storage with {@code use_servicenet});
     *     its endpoint is resolved on first use
     */
    ServiceClient client();

    /**
     * A client of another catalog type in the same region whose endpoint is looked up at each
     * call only, for optional companions such as the CDN of object storage: a cloud without one
     * fails at that call with {@link org.cloudsdk.errors.NoEndpointForServiceException}.
     *
     * @param type the companion's catalog type
     * @param endpointInterface the interface to use
     * @return the client
     */
    ServiceClient optionalClient(ServiceType type, EndpointInterface endpointInterface);

    /** @return the region asked for, or the context's default region (null when not yet known) */
    @Nullable String region();

    /**
     * @return the microversion set for this service ({@code 2.79}, or {@code latest} for the
     *     newest both sides support), or empty to let the service client negotiate
     */
    Optional<String> microversion();

    /**
     * Settings given to the context builder for a service, by their type (such as object storage's
     * tunables).
     *
     * @param type the settings' type
     * @param <S> the settings' type
     * @return the settings, or empty when none were given
     */
    <S> Optional<S> settings(Class<S> type);

    /**
     * One of the context's settings (configuration file, environment, builder), for the services
     * that read their own, such as the queues client id.
     *
     * @param setting the setting
     * @return its value, or empty when it is not set and has no default
     */
    Optional<String> setting(Setting setting);

    /** @return where bulk transfer work is sent, or empty for the SDK's own threads */
    Optional<Executor> transferExecutor();
}
