/**
 * Rackspace Cloud Load Balancers (API v1.0; pyrax's {@code pyrax.cloud_loadbalancers}), found in
 * the catalog as {@code rax:load-balancer}. {@link org.cloudsdk.loadbalancer.CloudLoadBalancers}
 * is the client ({@code ctx.loadBalancers()}); balancers, their nodes and virtual IPs are
 * immutable handles ({@link org.cloudsdk.loadbalancer.LoadBalancer},
 * {@link org.cloudsdk.loadbalancer.Node}, {@link org.cloudsdk.loadbalancer.VirtualIp}) carrying
 * the operations pyrax put on them.
 *
 * <p>A balancer refuses changes while it is {@code PENDING_UPDATE}: the client serializes its own
 * changes of one balancer, waits for it to be {@code ACTIVE} again after each, and retries a
 * {@code 422} "immutable" answer until {@link org.cloudsdk.loadbalancer.LoadBalancerSettings#waitTimeout()}.
 *
 * <p>This is Rackspace's API. Stock OpenStack balances load with Octavia, under the catalog type
 * {@code load-balancer}, which has a client of its own ({@code org.cloudsdk.octavia.Octavia},
 * {@code ctx.octavia()}).
 */
@NullMarked
package org.cloudsdk.loadbalancer;

import org.jspecify.annotations.NullMarked;
