/**
 * Octavia, OpenStack's load balancing API v2 ({@code load-balancer} in the catalog): load
 * balancers, listeners, pools, members, health monitors, L7 policies and rules, and the read-only
 * flavors, providers, availability zones and quotas. {@link org.cloudsdk.octavia.Octavia} is the
 * client ({@code ctx.octavia()}); each resource is an immutable handle
 * ({@link org.cloudsdk.octavia.LoadBalancer} and the others) that waits on its
 * {@code provisioning_status} and {@code operating_status}. Rackspace's Cloud Load Balancers
 * ({@code rax:load-balancer}) is another API with its own client, in
 * {@code org.cloudsdk.loadbalancer}.
 */
@NullMarked
package org.cloudsdk.octavia;

import org.jspecify.annotations.NullMarked;
