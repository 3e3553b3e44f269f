package org.cloudsdk.octavia;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.cloudsdk.http.Microversion;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.cloudsdk.identity.ServiceType;
import org.cloudsdk.service.ServiceContext;
import org.cloudsdk.service.ServiceDefinition;

import reactor.core.publisher.Mono;

/**
 * Octavia, OpenStack's load balancing API v2 ({@code load-balancer} in the service catalog), in
 * one region. Reached from a context:
 *
 * <pre>{@code
 * Octavia octavia = ctx.octavia();
 * LoadBalancer lb = octavia.loadBalancers().create(Vip.subnet(subnetId),
 *         LoadBalancerOptions.builder().name("web").build()).waitForActive();
 * Listener http = octavia.listeners().create(lb.id(), ListenerProtocol.HTTP, 80, ListenerOptions.defaults());
 * }</pre>
 *
 * <p>Each kind of object has its collection ({@link #loadBalancers()}, {@link #listeners()},
 * {@link #pools()}, {@link #members()}, {@link #healthMonitors()}, {@link #l7Policies()},
 * {@link #l7Rules()}) and its handle ({@link LoadBalancer}...), which carries the operations on
 * it and its waits. Changes return at once while Octavia applies them: wait with
 * {@code waitForActive()}. While a balancer is busy Octavia refuses other changes of it and its
 * children with 409 ("immutable"); this client tries them again every
 * {@link OctaviaSettings#waitInterval()} until {@link OctaviaSettings#waitTimeout()}.
 *
 * <p>API versions: Octavia has no microversion header; its root document lists the minor
 * versions it serves (2.0 to 2.N). {@link #apiVersion()} reads it once. A field newer than 2.0
 * (tags: 2.5, flavors: 2.6, allowed CIDRs: 2.12...) is checked against it before the request
 * that carries it, and refused with {@link org.cloudsdk.errors.UnsupportedMicroversionException}
 * naming the version it needs.
 *
 * <p>Every limit of the API reference is checked before a request, with an
 * {@link IllegalArgumentException} naming the parameter. Rackspace's Cloud Load Balancers
 * ({@code rax:load-balancer}) is another API, with its own client.
 *
 * <p>Immutable and thread-safe; one client per region is shared by the whole application.
 */
public final class Octavia {

    /** The registration of Octavia: {@code ctx.octavia()}, the starter's bean and health entry. */
    public static final ServiceDefinition<Octavia> SERVICE = ServiceDefinition
            .builder("octavia", ServiceType.LOAD_BALANCER, Octavia.class, Octavia::create)
            .catalogTypes("load-balancer")
            .healthCheck(Octavia::healthDetails)
            .build();

    private final OctaviaApi api;

    Octavia(OctaviaApi api) {
        this.api = Objects.requireNonNull(api, "api must not be null");
    }

    private static Octavia create(ServiceContext context) {
        return new Octavia(new OctaviaApi(context.client(),
                context.settings(OctaviaSettings.class).orElse(OctaviaSettings.defaults())));
    }

    /**
     * @param settings the wait timeout and interval to use
     * @return a client of the same endpoint with these settings (it shares what this one knows
     *     of the API version)
     */
    public Octavia withSettings(OctaviaSettings settings) {
        Objects.requireNonNull(settings, "settings must not be null");
        return new Octavia(api.withSettings(settings));
    }

    /** @return the wait timeout and interval in use */
    public OctaviaSettings settings() {
        return api.settings();
    }

    /**
     * @return the newest API version the endpoint lists in its root document ({@code 2.26} for
     *     Octavia 11), read once per client
     */
    public Microversion apiVersion() {
        return Transport.blockValue(api.versions().current());
    }

    /** @return the underlying service client (endpoint, region, raw requests) */
    public ServiceClient client() {
        return api.client();
    }

    OctaviaApi api() {
        return api;
    }

    /** @return the load balancers: list, get, create, update, delete, failover, stats and status */
    public LoadBalancers loadBalancers() {
        return new LoadBalancers(this);
    }

    /** @return the listeners: what a load balancer accepts, on which port and protocol */
    public Listeners listeners() {
        return new Listeners(this);
    }

    /** @return the pools: the members a listener (or an L7 policy) sends traffic to */
    public Pools pools() {
        return new Pools(this);
    }

    /** @return the members of pools, one by one or all at once */
    public Members members() {
        return new Members(this);
    }

    /** @return the health monitors, one per pool */
    public HealthMonitors healthMonitors() {
        return new HealthMonitors(this);
    }

    /** @return the L7 policies of listeners */
    public L7Policies l7Policies() {
        return new L7Policies(this);
    }

    /** @return the rules of L7 policies */
    public L7Rules l7Rules() {
        return new L7Rules(this);
    }

    /** @return the read-only catalog of the deployment: flavors, providers, availability zones, quotas */
    public OctaviaCatalog catalog() {
        return new OctaviaCatalog(this);
    }

    // ---------------------------------------------------------------- health

    /** The health entry's read: one load balancer at most (a cheap GET proving token and endpoint). */
    private Mono<Map<String, Object>> healthDetails() {
        return api.read("listLoadBalancers", "/lbaas/loadbalancers", request -> request.query("limit", 1))
                .flatMap(response -> api.versions().current().map(version -> {
                    Map<String, Object> details = new LinkedHashMap<>();
                    details.put("region", String.valueOf(api.client().region()));
                    details.put("interface", api.client().endpointInterface());
                    details.put("apiVersion", version.toString());
                    return details;
                }));
    }

    @Override
    public String toString() {
        return "Octavia[region=" + api.client().region() + ", interface=" + api.client().endpointInterface() + "]";
    }

}
