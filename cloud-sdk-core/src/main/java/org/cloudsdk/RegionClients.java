package org.cloudsdk;

import java.util.Objects;

import org.cloudsdk.autoscale.AutoScale;
import org.cloudsdk.blockstorage.BlockStorage;
import org.cloudsdk.compute.Compute;
import org.cloudsdk.database.Databases;
import org.cloudsdk.designate.Designate;
import org.cloudsdk.dns.CloudDns;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.identity.EndpointInterface;
import org.cloudsdk.image.Images;
import org.cloudsdk.loadbalancer.CloudLoadBalancers;
import org.cloudsdk.monitoring.CloudMonitoring;
import org.cloudsdk.network.Networks;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.ReactiveObjectStorage;
import org.cloudsdk.octavia.Octavia;
import org.cloudsdk.queue.Queues;
import org.cloudsdk.service.ServiceDefinition;

/**
 * The clients of one region of a context, pyrax's {@code ctx.ORD.compute.client}. Region names
 * with dots ({@code region-a.geo-1}) need no special syntax in Java.
 */
public final class RegionClients {

    private final CloudContext context;
    private final String name;

    RegionClients(CloudContext context, String name) {
        this.context = Objects.requireNonNull(context, "context must not be null");
        this.name = name;
    }

    /** @return the region's name */
    public String name() {
        return name;
    }

    /**
     * @param service a service name or alias
     * @return its client in this region, on the service's default interface
     */
    public ServiceClient client(String service) {
        return context.client(service, name);
    }

    /**
     * @param service a service name or alias
     * @param endpointInterface public, internal or admin
     * @return its client in this region
     */
    public ServiceClient client(String service, EndpointInterface endpointInterface) {
        return context.client(service, name, endpointInterface);
    }

    /**
     * @param definition a registered service ({@link CloudServices#all()})
     * @param <C> its client class
     * @return its client in this region, the same as {@code context.service(definition, name)}
     */
    public <C> C service(ServiceDefinition<C> definition) {
        return context.service(definition, name);
    }

    /** @return compute in this region (pyrax's {@code ctx.ORD.compute.client}) */
    public Compute compute() {
        return context.compute(name);
    }

    /** @return images in this region (pyrax's {@code ctx.ORD.images.client}) */
    public Images images() {
        return context.images(name);
    }

    /** @return block storage in this region (pyrax's {@code ctx.ORD.volume.client}) */
    public BlockStorage blockStorage() {
        return context.blockStorage(name);
    }

    /** @return networks in this region (pyrax's {@code ctx.ORD.network.client}) */
    public Networks networks() {
        return context.networks(name);
    }

    /** @return Auto Scale in this region (pyrax's {@code ctx.ORD.autoscale.client}) */
    public AutoScale autoscale() {
        return context.autoscale(name);
    }

    /** @return Cloud Databases in this region (pyrax's {@code ctx.ORD.database.client}) */
    public Databases databases() {
        return context.databases(name);
    }

    /** @return queues in this region (pyrax's {@code ctx.ORD.queues.client}) */
    public Queues queues() {
        return context.queues(name);
    }

    /** @return Cloud Monitoring for this region (pyrax's {@code ctx.ORD.monitor.client}) */
    public CloudMonitoring monitoring() {
        return context.monitoring(name);
    }

    /** @return Designate, OpenStack's DNS service, in this region */
    public Designate designate() {
        return context.designate(name);
    }

    /** @return Cloud DNS as this region reaches it (pyrax's {@code ctx.ORD.dns.client}) */
    public CloudDns dns() {
        return context.dns(name);
    }

    /** @return Octavia, OpenStack's load balancing API, in this region */
    public Octavia octavia() {
        return context.octavia(name);
    }

    /** @return Cloud Load Balancers in this region (pyrax's {@code ctx.ORD.load_balancer.client}) */
    public CloudLoadBalancers loadBalancers() {
        return context.loadBalancers(name);
    }

    /** @return object storage in this region (pyrax's {@code ctx.ORD.object_store.client}) */
    public ObjectStorage objectStorage() {
        return context.objectStorage(name);
    }

    /** @return reactive object storage in this region, for WebFlux applications */
    public ReactiveObjectStorage reactiveObjectStorage() {
        return context.reactiveObjectStorage(name);
    }

    @Override
    public String toString() {
        return "RegionClients[" + name + "]";
    }
}
