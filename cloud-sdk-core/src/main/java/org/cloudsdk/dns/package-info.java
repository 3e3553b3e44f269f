/**
 * Rackspace Cloud DNS (API v1.0; pyrax's {@code pyrax.cloud_dns}): domains, subdomains, records
 * and reverse DNS (PTR) records of Rackspace devices, with the service's asynchronous jobs waited
 * for. {@link org.cloudsdk.dns.CloudDns} is the client ({@code ctx.dns()});
 * {@link org.cloudsdk.dns.Domain}, {@link org.cloudsdk.dns.DnsRecord} and
 * {@link org.cloudsdk.dns.PtrRecord} are immutable handles carrying the operations pyrax put on
 * its objects. Stock OpenStack's DNS service is Designate, a different API with its own client.
 */
@NullMarked
package org.cloudsdk.dns;

import org.jspecify.annotations.NullMarked;
