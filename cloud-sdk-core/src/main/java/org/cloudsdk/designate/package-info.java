/**
 * Designate, OpenStack's DNS service (its API v2, catalog type {@code dns}): zones, record sets of
 * every common type, zone import and export, zone transfers, name servers, quotas, TLDs and the
 * PTR records of floating IPs. {@link org.cloudsdk.designate.Designate} is the client
 * ({@code ctx.designate()}); zones, record sets and tasks are immutable handles that reload and
 * wait ({@link org.cloudsdk.wait.Waitable}). Rackspace's Cloud DNS ({@code rax:dns}) is another
 * API with another client, {@code org.cloudsdk.dns}.
 */
@NullMarked
package org.cloudsdk.designate;

import org.jspecify.annotations.NullMarked;
