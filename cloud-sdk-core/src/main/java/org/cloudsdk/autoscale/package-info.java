/**
 * Rackspace Auto Scale (API v1.0; pyrax's {@code pyrax.autoscale}): scaling groups, their launch
 * configurations, scaling policies and the webhooks that execute them.
 * {@link org.cloudsdk.autoscale.AutoScale} is the client ({@code ctx.autoscale()}); groups,
 * policies and webhooks are immutable handles ({@link org.cloudsdk.autoscale.ScalingGroup},
 * {@link org.cloudsdk.autoscale.ScalingPolicy}, {@link org.cloudsdk.autoscale.Webhook}) carrying
 * the operations pyrax put on them. The service exists on Rackspace's cloud only.
 */
@NullMarked
package org.cloudsdk.autoscale;

import org.jspecify.annotations.NullMarked;
