package org.cloudsdk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;

import org.cloudsdk.autoscale.AutoScale;
import org.cloudsdk.blockstorage.BlockStorage;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.config.CloudSettings;
import org.cloudsdk.database.Databases;
import org.cloudsdk.designate.Designate;
import org.cloudsdk.dns.CloudDns;
import org.cloudsdk.errors.NotAuthenticatedException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.AuthScope;
import org.cloudsdk.identity.Endpoint;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.identity.IdentitySession;
import org.cloudsdk.identity.ServiceCatalog;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.identity.Token;
import org.cloudsdk.image.Images;
import org.cloudsdk.loadbalancer.CloudLoadBalancers;
import org.cloudsdk.monitoring.CloudMonitoring;
import org.cloudsdk.network.Networks;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.cloudsdk.octavia.Octavia;
import org.cloudsdk.queue.Queues;
import org.cloudsdk.service.ServiceDefinition;
import org.jspecify.annotations.Nullable;

import reactor.core.publisher.Mono;

/**
 * One authenticated session with one cloud: pyrax's context object. It holds the settings it was
 * built with, the identity session (token, catalog) and the transport all its clients share.
 *
 * <p>Create one with {@link #builder()} (or {@link #create()} for the settings of the
 * configuration file and environment alone). Authentication happens on first use, or now with
 * {@link #authenticate()}. Many contexts may live in one JVM, for different clouds, accounts or
 * regions; each is thread-safe and meant to be shared by a whole application. Its configuration
 * never changes after {@code build()}; its token is replaced atomically when it expires or is
 * refused.
 *
 * <pre>{@code
 * CloudContext ctx = CloudContext.builder()
 *         .identityType("keystone")
 *         .authEndpoint("http://127.0.0.1:5000/v3")
 *         .username("demo").password("demopass")
 *         .tenantName("demo")
 *         .region("RegionOne")
 *         .build();
 * ServiceClient compute = ctx.client("nova", "RegionOne");
 * }</pre>
 */
public final class CloudContext implements AutoCloseable {

    private final CloudSettings settings;
    private final IdentitySession session;
    private final Transport transport;
    // one client per service and region, so what a client caches (object storage's temp-URL key
    // and /info answer, compute's microversion) is shared by every caller
    private final ConcurrentMap<ServiceKey, Object> services = new ConcurrentHashMap<>();

    private final ObjectStorageSettings objectStorageSettings;
    private final @Nullable Executor transferExecutor;
    private final Map<ServiceType, String> microversions;
    private final Map<Class<?>, Object> serviceSettings;

    CloudContext(CloudSettings settings, IdentitySession session, Transport transport,
            ObjectStorageSettings objectStorageSettings, @Nullable Executor transferExecutor,
            Map<ServiceType, String> microversions, Map<Class<?>, Object> serviceSettings) {
        this.settings = settings;
        this.session = session;
        this.transport = transport;
        this.objectStorageSettings = Objects.requireNonNull(objectStorageSettings,
                "objectStorageSettings must not be null");
        this.transferExecutor = transferExecutor;
        this.microversions = Map.copyOf(microversions);
        this.serviceSettings = Map.copyOf(serviceSettings);
    }

    private record ServiceKey(String service, String region) {
    }

    /** @return a builder that reads the configuration file and environment variables */
    public static CloudContextBuilder builder() {
        return new CloudContextBuilder();
    }

    /**
     * pyrax's {@code create_context()}: a context from the current environment of the
     * configuration file, the {@code CLOUD_*} environment variables and, when {@code OS_CLOUD} is
     * set, clouds.yaml.
     *
     * @return an unauthenticated context
     */
    public static CloudContext create() {
        return builder().build();
    }

    /**
     * pyrax's {@code create_context(env=...)}.
     *
     * @param environment the configuration file's environment to use
     * @return an unauthenticated context
     */
    public static CloudContext create(String environment) {
        return builder().environment(environment).build();
    }

    /**
     * Authenticates now (again, if already authenticated), joining an authentication already
     * under way on another thread.
     *
     * @return this context
     * @throws NotAuthenticatedException when no credentials were given
     * @throws org.cloudsdk.errors.AuthenticationFailedException when they are refused
     */
    public CloudContext authenticate() {
        Transport.block(session.authenticate());
        return this;
    }

    /**
     * Authenticates asynchronously.
     *
     * @return the token, when subscribed
     */
    public Mono<Token> authenticateAsync() {
        return session.authenticate();
    }

    /**
     * pyrax's {@code auth_with_token}: use a token obtained elsewhere, for a tenant given by id or
     * name (on Rackspace, both are the account number). The catalog is fetched with it. The
     * context then holds no credentials, so it cannot re-authenticate: once the token expires,
     * calls fail with {@link org.cloudsdk.errors.TokenExpiredException}; obtain a new token and
     * call this method again.
     *
     * @param token the token
     * @param tenantId the tenant (project) id, or null
     * @param tenantName the tenant (project) name, or null
     * @return this context
     */
    public CloudContext authWithToken(String token, @Nullable String tenantId, @Nullable String tenantName) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("token must not be blank");
        }
        if ((tenantId == null || tenantId.isBlank()) && (tenantName == null || tenantName.isBlank())) {
            throw new IllegalArgumentException("tenantId or tenantName must be given with the token");
        }
        AuthScope scope = session.scope().withTenant(tenantId, tenantName);
        Transport.block(session.authenticateWithToken(token, scope));
        return this;
    }

    /** @return whether a token is held and has not expired (no network call) */
    public boolean isAuthenticated() {
        return session.isAuthenticated();
    }

    /** @return the settings this context was built with */
    public CloudSettings settings() {
        return settings;
    }

    /** @return the tunables of every object storage client of this context */
    public ObjectStorageSettings objectStorageSettings() {
        return objectStorageSettings;
    }

    /**
     * @return where the files of folder uploads and syncs are sent, or empty for threads of the
     *     SDK's own per transfer
     */
    public Optional<Executor> transferExecutor() {
        return Optional.ofNullable(transferExecutor);
    }

    /** @return the region used when none is named (the {@code region} setting), or null */
    public @Nullable String defaultRegion() {
        String region = settings.region();
        Token current = session.currentToken();
        if (region == null && current != null) {
            return current.defaultRegion();
        }
        return region;
    }

    /**
     * @return the current token, authenticating first when there is none
     */
    public Token token() {
        Token token = session.currentToken();
        // a loop, not an if: authWithToken on another thread clears the token it replaces
        while (token == null) {
            Transport.block(session.token());
            token = session.currentToken();
        }
        return token;
    }

    /** @return the token string to send as {@code X-Auth-Token}, authenticating first when needed */
    public String authToken() {
        return token().id();
    }

    /** @return when the token expires, authenticating first when needed */
    public @Nullable Instant expires() {
        return token().expiresAt();
    }

    /** @return the service catalog, authenticating first when needed */
    public ServiceCatalog serviceCatalog() {
        return token().catalog();
    }

    /** @return the regions of the catalog, authenticating first when needed */
    public Set<String> regions() {
        return serviceCatalog().regions();
    }

    /** @return the known services of the catalog, authenticating first when needed */
    public Set<ServiceType> services() {
        return serviceCatalog().services();
    }

    /** @return the user's roles, authenticating first when needed */
    public List<String> roles() {
        return token().roles();
    }

    /** @return the tenant (project) id of the token, authenticating first when needed */
    public @Nullable String tenantId() {
        return token().tenantId();
    }

    /** @return the tenant (project) name of the token, authenticating first when needed */
    public @Nullable String tenantName() {
        return token().tenantName();
    }

    /** @return the user's name, authenticating first when needed */
    public @Nullable String username() {
        return token().userName();
    }

    /** @return the name of the identity provider in use, such as {@code v3} or {@code rackspace} */
    public String identityType() {
        return session.provider().name();
    }

    /**
     * @param service a service name or alias (pyrax's table: {@code nova}, {@code cloudfiles}, ...)
     * @param region a region, or null for the default region
     * @param endpointInterface public, internal or admin
     * @return the endpoint, authenticating first when needed
     * @throws org.cloudsdk.errors.NoEndpointForServiceException when the catalog has none
     */
    public Endpoint endpoint(String service, @Nullable String region, EndpointInterface endpointInterface) {
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(endpointInterface, "endpointInterface must not be null");
        ServiceCatalog catalog = serviceCatalog();
        return ServiceType.find(service)
                .map(type -> catalog.endpoint(type, regionOrDefault(region), endpointInterface))
                .orElseGet(() -> catalog.endpoint(service.trim(), regionOrDefault(region), endpointInterface));
    }

    /**
     * pyrax's {@code get_client(service, region)}: a client for a service in a region, on its
     * default interface (public, or internal for object storage when {@code use_servicenet} is on).
     * Creating it makes no network call; the endpoint is resolved on first use.
     *
     * @param service a service name or alias, or any type of the catalog ({@code orchestration})
     * @param region the region (names with dots work), or null for the default
     * @return the client
     */
    public ServiceClient client(String service, @Nullable String region) {
        Objects.requireNonNull(service, "service must not be null");
        return ServiceType.find(service)
                .map(type -> client(type, region, defaultInterface(type)))
                .orElseGet(() -> catalogTypeClient(service, region, EndpointInterface.parse(settings.interfaceName())));
    }

    /**
     * pyrax's {@code get_client(service, region, public=False)} with {@link EndpointInterface#INTERNAL}.
     *
     * @param service a service name or alias, or any type of the catalog
     * @param region the region, or null for the default
     * @param endpointInterface public, internal or admin
     * @return the client
     */
    public ServiceClient client(String service, @Nullable String region, EndpointInterface endpointInterface) {
        Objects.requireNonNull(service, "service must not be null");
        return ServiceType.find(service)
                .map(type -> client(type, region, endpointInterface))
                .orElseGet(() -> catalogTypeClient(service, region, endpointInterface));
    }

    /**
     * A client of a catalog type no {@link ServiceType} names ({@code orchestration},
     * {@code placement}, ...): every service of the catalog is reachable as raw REST.
     */
    private ServiceClient catalogTypeClient(String catalogType, @Nullable String region,
            EndpointInterface endpointInterface) {
        Objects.requireNonNull(endpointInterface, "endpointInterface must not be null");
        String type = catalogType.trim();
        if (type.isEmpty()) {
            throw new IllegalArgumentException("service must not be blank; expected a catalog type or one of "
                    + ServiceType.knownNames());
        }
        return checkedClient(type, region, endpointInterface,
                (catalog, effectiveRegion) -> catalog.endpoint(type, effectiveRegion, endpointInterface));
    }

    /**
     * @param service the service
     * @param region the region, or null for the default
     * @param endpointInterface public, internal or admin
     * @return the client
     */
    public ServiceClient client(ServiceType service, @Nullable String region, EndpointInterface endpointInterface) {
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(endpointInterface, "endpointInterface must not be null");
        return client(service, service.catalogTypes(), region, endpointInterface);
    }

    /** A service's client looking under some of its catalog types only (see {@link ServiceDefinition#catalogTypes()}). */
    ServiceClient client(ServiceType service, List<String> catalogTypes, @Nullable String region,
            EndpointInterface endpointInterface) {
        Objects.requireNonNull(service, "service must not be null");
        Objects.requireNonNull(endpointInterface, "endpointInterface must not be null");
        return checkedClient(service.serviceName(), region, endpointInterface,
                (catalog, effectiveRegion) -> catalog.endpoint(service, catalogTypes, effectiveRegion, endpointInterface));
    }

    /** How a client finds its endpoint in the current catalog: by service type, or by raw catalog type. */
    private interface EndpointLookup {
        Endpoint in(ServiceCatalog catalog, @Nullable String region);
    }

    /** A client whose endpoint is looked up at each call, and at once when the context is authenticated. */
    private ServiceClient checkedClient(String name, @Nullable String region, EndpointInterface endpointInterface,
            EndpointLookup lookup) {
        ServiceClient client = lazyClient(name, region, endpointInterface, lookup);
        Token current = session.currentToken();
        if (current != null && session.isAuthenticated()) {
            // known now: fail at once, as pyrax does, rather than at the first call
            lookup.in(current.catalog(), client.region());
        }
        return client;
    }

    /**
     * @param service an optional companion service such as the CDN
     * @param region the region, or null for the default
     * @param endpointInterface the interface
     * @return a client whose endpoint is looked up at each call only (no check now)
     */
    ServiceClient optionalClient(ServiceType service, @Nullable String region, EndpointInterface endpointInterface) {
        return lazyClient(service.serviceName(), region, endpointInterface,
                (catalog, effectiveRegion) -> catalog.endpoint(service, effectiveRegion, endpointInterface));
    }

    /** A client whose endpoint is looked up at each call only, for optional services such as the CDN. */
    private ServiceClient lazyClient(String name, @Nullable String region, EndpointInterface endpointInterface,
            EndpointLookup lookup) {
        String effectiveRegion = regionOrDefault(region);
        return new ServiceClient(transport, session, name, effectiveRegion, endpointInterface.v3Name(),
                () -> session.token().map(ignored -> lookup.in(heldToken().catalog(), effectiveRegion).url()));
    }

    /** The token just obtained; gone only when {@link #authWithToken} replaced it meanwhile. */
    private Token heldToken() {
        Token current = session.currentToken();
        if (current == null) {
            throw new NotAuthenticatedException("the token was replaced (authWithToken) while the endpoint was "
                    + "looked up; call again");
        }
        return current;
    }

    /**
     * pyrax's {@code pyrax.cloudfiles}: object storage in the default region, on the internal
     * (servicenet) URL when {@code use_servicenet} is on, with the context's
     * {@link #objectStorageSettings()} and {@link #transferExecutor()}. Creating it makes no
     * network call (the CDN endpoint is looked up only when a CDN operation runs); the same client
     * is returned on each call.
     *
     * @return the object storage client
     */
    public ObjectStorage objectStorage() {
        return objectStorage(null);
    }

    /**
     * @param region the region, or null for the default
     * @return the object storage client of that region, on its default interface, with the
     *     context's object storage settings and transfer executor; the same client on each call
     */
    public ObjectStorage objectStorage(@Nullable String region) {
        return service(ObjectStorage.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.cloudservers}: compute in the default region. Creating it makes no
     * network call; the microversion is negotiated on its first call (or set with
     * {@link CloudContextBuilder#microversion(String, String)}). The same client is returned on
     * each call.
     *
     * @return the compute client
     */
    public Compute compute() {
        return compute(null);
    }

    /**
     * @param region the region, or null for the default
     * @return compute in that region; the same client on each call
     */
    public Compute compute(@Nullable String region) {
        return service(Compute.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.images}: images (Glance v2) in the default region. Creating it makes
     * no network call. The same client is returned on each call.
     *
     * @return the images client
     */
    public Images images() {
        return images(null);
    }

    /**
     * @param region the region, or null for the default
     * @return images in that region; the same client on each call
     */
    public Images images(@Nullable String region) {
        return service(Images.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.cloud_blockstorage}: block storage (Cinder, or Rackspace Cloud Block
     * Storage) in the default region. Creating it makes no network call; which API the endpoint
     * speaks is read from the catalog, and the microversion negotiated, on its first call. The same
     * client is returned on each call.
     *
     * @return the block storage client
     */
    public BlockStorage blockStorage() {
        return blockStorage(null);
    }

    /**
     * @param region the region, or null for the default
     * @return block storage in that region; the same client on each call
     */
    public BlockStorage blockStorage(@Nullable String region) {
        return service(BlockStorage.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.cloud_networks}: networks in the default region, over Neutron or
     * Rackspace's Cloud Networks as the catalog says (read on the client's first call). Creating
     * it makes no network call. The same client is returned on each call.
     *
     * @return the networks client
     */
    public Networks networks() {
        return networks(null);
    }

    /**
     * @param region the region, or null for the default
     * @return networks in that region; the same client on each call
     */
    public Networks networks(@Nullable String region) {
        return service(Networks.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.autoscale}: Rackspace Auto Scale in the default region. Creating it
     * makes no network call. The same client is returned on each call.
     *
     * @return the Auto Scale client
     */
    public AutoScale autoscale() {
        return autoscale(null);
    }

    /**
     * @param region the region, or null for the default
     * @return Auto Scale in that region; the same client on each call
     */
    public AutoScale autoscale(@Nullable String region) {
        return service(AutoScale.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.cloud_databases}: Cloud Databases (Trove v1.0; catalog type
     * {@code rax:database}) in the default region. Creating it makes no network call. The same
     * client is returned on each call.
     *
     * @return the Cloud Databases client
     */
    public Databases databases() {
        return databases(null);
    }

    /**
     * @param region the region, or null for the default
     * @return Cloud Databases in that region; the same client on each call
     */
    public Databases databases(@Nullable String region) {
        return service(Databases.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.queues}: queues in the default region, over Cloud Queues v1 or Zaqar v2
     * as the catalog's endpoint serves. Creating it makes no network call; its client id is the
     * {@code queue_client_id} setting ({@code CLOUD_QUEUES_ID}), if given. The same client is
     * returned on each call.
     *
     * @return the queues client
     */
    public Queues queues() {
        return queues(null);
    }

    /**
     * @param region the region, or null for the default
     * @return queues in that region; the same client on each call
     */
    public Queues queues(@Nullable String region) {
        return service(Queues.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.cloud_monitoring}: Rackspace Cloud Monitoring (API v1.0; catalog type
     * {@code rax:monitor}). Creating it makes no network call. The same client is returned on
     * each call.
     *
     * @return the Cloud Monitoring client
     */
    public CloudMonitoring monitoring() {
        return monitoring(null);
    }

    /**
     * @param region the region, or null for the default; Rackspace lists Cloud Monitoring without
     *     a region, so every region reaches its one endpoint
     * @return Cloud Monitoring for that region; the same client on each call
     */
    public CloudMonitoring monitoring(@Nullable String region) {
        return service(CloudMonitoring.SERVICE, region);
    }

    /**
     * Designate, OpenStack's DNS service (catalog type {@code dns}), in the default region: zones,
     * record sets, import and export. Rackspace's Cloud DNS ({@code rax:dns}) is another API with
     * its own client. Creating it makes no network call. The same client is returned on each call.
     *
     * @return the Designate client
     */
    public Designate designate() {
        return designate(null);
    }

    /**
     * @param region the region, or null for the default
     * @return Designate in that region; the same client on each call
     */
    public Designate designate(@Nullable String region) {
        return service(Designate.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.cloud_dns}: Rackspace Cloud DNS (API v1.0; catalog type
     * {@code rax:dns}). Cloud DNS is not regional: every region's client talks to the catalog's one
     * endpoint. Creating it makes no network call; its polling of the service's jobs follows the
     * {@link org.cloudsdk.dns.DnsSettings} given to the builder ({@code serviceSettings}), if any.
     * The same client is returned on each call.
     *
     * @return the Cloud DNS client
     */
    public CloudDns dns() {
        return dns(null);
    }

    /**
     * @param region the region, or null for the default
     * @return Cloud DNS as that region reaches it; the same client on each call
     */
    public CloudDns dns(@Nullable String region) {
        return service(CloudDns.SERVICE, region);
    }

    /**
     * Octavia, OpenStack's load balancing API ({@code load-balancer} in the catalog), in the
     * default region; Rackspace's Cloud Load Balancers ({@code rax:load-balancer}) is another API
     * with its own client. Creating it makes no network call; its waits use the
     * {@code OctaviaSettings} given to the builder, if any. The same client is returned on each
     * call.
     *
     * @return the Octavia client
     */
    public Octavia octavia() {
        return octavia(null);
    }

    /**
     * @param region the region, or null for the default
     * @return Octavia in that region; the same client on each call
     */
    public Octavia octavia(@Nullable String region) {
        return service(Octavia.SERVICE, region);
    }

    /**
     * pyrax's {@code pyrax.cloud_loadbalancers}: Rackspace Cloud Load Balancers (API v1.0; catalog
     * type {@code rax:load-balancer}) in the default region. Stock OpenStack's Octavia, under
     * {@code load-balancer}, is another API with a client of its own. Creating it makes no network
     * call; its wait settings are the {@code LoadBalancerSettings} given to the builder, if any.
     * The same client is returned on each call.
     *
     * @return the Cloud Load Balancers client
     */
    public CloudLoadBalancers loadBalancers() {
        return loadBalancers(null);
    }

    /**
     * @param region the region, or null for the default
     * @return Cloud Load Balancers in that region; the same client on each call
     */
    public CloudLoadBalancers loadBalancers(@Nullable String region) {
        return service(CloudLoadBalancers.SERVICE, region);
    }

    /**
     * The client of any registered service ({@link CloudServices#all()}) in a region, built on
     * first request and then shared: {@code ctx.service(Compute.SERVICE, "ORD")} is
     * {@code ctx.compute("ORD")}. Creating it makes no network call.
     *
     * @param definition the service's registration
     * @param region the region, or null for the default
     * @param <C> the client class
     * @return the client
     */
    public <C> C service(ServiceDefinition<C> definition, @Nullable String region) {
        Objects.requireNonNull(definition, "definition must not be null");
        // the configured default region, named or not, is one client; without one the default
        // comes from the token, unknown before authentication
        String named = region == null || region.isBlank() ? settings.region() : region.trim();
        ServiceKey key = new ServiceKey(definition.name(), named == null ? "" : named);
        return definition.clientType().cast(services.computeIfAbsent(key,
                ignored -> definition.create(new RegionServiceContext(this, definition, region))));
    }

    /**
     * @param service a service
     * @return the microversion set for it with {@link CloudContextBuilder#microversion(String, String)}
     */
    public Optional<String> microversion(ServiceType service) {
        return Optional.ofNullable(microversions.get(service));
    }

    /** Settings of a service given to the builder, by type (object storage's tunables). */
    <S> Optional<S> serviceSettings(Class<S> type) {
        if (type.isInstance(objectStorageSettings)) {
            return Optional.of(type.cast(objectStorageSettings));
        }
        return Optional.ofNullable(serviceSettings.get(type)).map(type::cast);
    }

    /**
     * The reactive twin of {@link #objectStorage()} for WebFlux applications: the same client,
     * every call a {@code Mono} or {@code Flux} that never blocks.
     *
     * @return reactive object storage in the default region
     */
    public ReactiveObjectStorage reactiveObjectStorage() {
        return reactiveObjectStorage(null);
    }

    /**
     * @param region the region, or null for the default
     * @return reactive object storage in that region, over the same client as {@link #objectStorage(String)}
     */
    public ReactiveObjectStorage reactiveObjectStorage(@Nullable String region) {
        return objectStorage(region).reactive();
    }

    /**
     * pyrax's {@code ctx.ORD} / {@code ctx["region-a.geo-1"]}: the clients of one region.
     *
     * @param name the region
     * @return its clients
     */
    public RegionClients region(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("region name must not be blank");
        }
        return new RegionClients(this, name);
    }

    /**
     * @param service a service
     * @return the interface its clients use by default: internal for object storage when
     *     {@code use_servicenet} is on, else the {@code interface} setting (public by default)
     */
    public EndpointInterface defaultInterface(ServiceType service) {
        if (service == ServiceType.OBJECT_STORE && settings.useServicenet()) {
            return EndpointInterface.INTERNAL;
        }
        return EndpointInterface.parse(settings.interfaceName());
    }

    /** @return the transport shared by this context's clients */
    public Transport transport() {
        return transport;
    }

    /** @return the identity session (token, single-flight authentication) */
    public IdentitySession session() {
        return session;
    }

    /**
     * pyrax's {@code set_http_debug}: log every request and response of this context (secrets
     * redacted) from now on, or stop.
     *
     * @param enabled whether to log
     */
    public void setHttpDebug(boolean enabled) {
        transport.setHttpDebug(enabled);
    }

    /**
     * Releases the pooled connections; clients of this context cannot be used afterwards. A
     * {@link #transferExecutor()} given to the builder belongs to the caller and is left running.
     */
    @Override
    public void close() {
        transport.close();
    }

    private @Nullable String regionOrDefault(@Nullable String region) {
        return region == null || region.isBlank() ? defaultRegion() : region.trim();
    }

    @Override
    public String toString() {
        return "CloudContext[identity=" + session.provider().name() + ", region=" + settings.region()
                + ", authenticated=" + isAuthenticated() + "]";
    }
}
