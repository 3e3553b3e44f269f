package org.cloudsdk.dns;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import org.cloudsdk.compute.Server;
import org.cloudsdk.loadbalancer.LoadBalancer;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The Rackspace device whose reverse DNS (PTR) records are managed: its resource URL, as its own
 * service gave it, and what kind of device it is, which names the service in Cloud DNS's
 * requests ({@code cloudServersOpenStack} for a cloud server, {@code cloudLoadBalancers} for a
 * load balancer). pyrax found both from the device object; here a server handle gives its own
 * self link, and any device can be named by URL. Immutable.
 *
 * <pre>{@code
 * PtrDevice device = PtrDevice.server(server);
 * PtrDevice balancer = PtrDevice.loadBalancer("https://ord.loadbalancers.api.rackspacecloud.com/v1.0/000000/loadbalancers/1234");
 * }</pre>
 */
public final class PtrDevice {

    /** The kinds of devices Cloud DNS keeps PTR records for. */
    public enum Type {
        /** A next-generation cloud server. */
        SERVER("cloudServersOpenStack"),
        /** A cloud load balancer. */
        LOAD_BALANCER("cloudLoadBalancers");

        private final String serviceName;

        Type(String serviceName) {
            this.serviceName = serviceName;
        }

        /** @return the service's name in the catalog, as Cloud DNS wants it */
        public String serviceName() {
            return serviceName;
        }
    }

    private final String url;
    private final Type type;

    private PtrDevice(String url, Type type) {
        this.url = url;
        this.type = type;
    }

    /**
     * @param server a cloud server; its {@code self} link names it
     * @return the server as a PTR device
     * @throws IllegalArgumentException when the handle has no self link
     */
    public static PtrDevice server(Server server) {
        Objects.requireNonNull(server, "server must not be null");
        for (JsonNode link : server.json().path("links")) {
            if ("self".equals(link.path("rel").asString(null)) && link.path("href").isString()) {
                return server(link.path("href").asString());
            }
        }
        throw new IllegalArgumentException("server " + server.id() + " has no self link to name it for reverse DNS;"
                + " use PtrDevice.server(url)");
    }

    /**
     * @param url the server's resource URL, such as
     *     {@code https://dfw.servers.api.rackspacecloud.com/v2/1234/servers/0987654321}
     * @return the server as a PTR device
     */
    public static PtrDevice server(String url) {
        return new PtrDevice(checkedUrl(url), Type.SERVER);
    }

    /**
     * @param url the load balancer's resource URL, such as
     *     {@code https://ord.loadbalancers.api.rackspacecloud.com/v1.0/1234/loadbalancers/5678}
     * @return the load balancer as a PTR device
     */
    public static PtrDevice loadBalancer(String url) {
        return new PtrDevice(checkedUrl(url), Type.LOAD_BALANCER);
    }

    /**
     * @param balancer a Rackspace cloud load balancer; its API URL names it
     * @return the load balancer as a PTR device
     */
    public static PtrDevice loadBalancer(LoadBalancer balancer) {
        Objects.requireNonNull(balancer, "balancer must not be null");
        return loadBalancer(balancer.url());
    }

    /** @return the device's resource URL */
    public String url() {
        return url;
    }

    /** @return what kind of device it is */
    public Type type() {
        return type;
    }

    /** @return the service name Cloud DNS's requests carry for it */
    public String serviceName() {
        return type.serviceName();
    }

    private static String checkedUrl(@Nullable String url) {
        String text = DnsLimits.text(url, "url");
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("url must be the device's absolute http(s) URL, was '" + text + "'", e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw new IllegalArgumentException("url must be the device's absolute http(s) URL, was '" + text + "'");
        }
        return text;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof PtrDevice that && that.url.equals(url) && that.type == type;
    }

    @Override
    public int hashCode() {
        return Objects.hash(url, type);
    }

    @Override
    public String toString() {
        return "PtrDevice[" + type + ", " + url + "]";
    }
}
