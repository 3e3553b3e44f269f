package org.cloudsdk;

import java.util.Optional;
import java.util.concurrent.Executor;

import org.cloudsdk.config.Setting;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;

/** What a context gives one service's factory for one region. */
final class RegionServiceContext implements ServiceContext {

    private final CloudContext context;
    private final ServiceDefinition<?> definition;
    private final @Nullable String region;

    RegionServiceContext(CloudContext context, ServiceDefinition<?> definition, @Nullable String region) {
        this.context = context;
        this.definition = definition;
        this.region = region;
    }

    @Override
    public ServiceClient client() {
        ServiceType type = definition.type();
        return context.client(type, definition.catalogTypes(), region, context.defaultInterface(type));
    }

    @Override
    public ServiceClient optionalClient(ServiceType type, EndpointInterface endpointInterface) {
        return context.optionalClient(type, region, endpointInterface);
    }

    @Override
    public @Nullable String region() {
        return region == null || region.isBlank() ? context.defaultRegion() : region.trim();
    }

    @Override
    public Optional<String> microversion() {
        return context.microversion(definition.type());
    }

    @Override
    public <S> Optional<S> settings(Class<S> type) {
        return context.serviceSettings(type);
    }

    @Override
    public Optional<String> setting(Setting setting) {
        return Optional.ofNullable(context.settings().get(setting));
    }

    @Override
    public Optional<Executor> transferExecutor() {
        return context.transferExecutor();
    }
}
