/**
 * Rackspace Cloud Monitoring (API v1.0; pyrax's {@code pyrax.cloud_monitoring}): entities, the
 * checks that watch them and the metrics those checks record, check types and monitoring zones,
 * notifications and notification plans, the alarms that bind a check to a plan, alarm changelogs
 * and the overview. {@link org.cloudsdk.monitoring.CloudMonitoring} is the client
 * ({@code ctx.monitoring()}); entities, checks, alarms, notifications, plans and the other
 * resources are immutable handles carrying the operations pyrax put on them. The service exists
 * on Rackspace's cloud only: stock OpenStack has no API of that shape.
 */
@NullMarked
package org.cloudsdk.monitoring;

import org.jspecify.annotations.NullMarked;
