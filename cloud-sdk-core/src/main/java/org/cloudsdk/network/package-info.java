/**
 * Networks (pyrax's Cloud Networks; OpenStack Neutron): isolated networks to attach servers to.
 * {@link org.cloudsdk.network.Networks} is the client ({@code ctx.networks()}); it speaks
 * Rackspace's {@code os-networksv2} or Neutron, as the catalog says, behind the same pyrax-shaped
 * methods, and reaches Neutron's subnets, ports, security groups, routers and floating IPs.
 * Networks and those objects are immutable handles carrying their client.
 *
 * <p>This package uses one class of {@code org.cloudsdk.compute}, its public
 * {@link org.cloudsdk.compute.NetworkAttachment}: {@code getServerNetworks()} makes the networks
 * of a server create, as pyrax's made the {@code nics} of {@code cs.servers.create}.
 */
@NullMarked
package org.cloudsdk.network;

import org.jspecify.annotations.NullMarked;
