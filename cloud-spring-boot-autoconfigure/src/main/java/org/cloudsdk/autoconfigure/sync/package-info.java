/**
 * Scheduled folder syncs from {@code cloud.sync.jobs.<name>.*}: each job is checked at start,
 * run on its schedule, retried per the background retry policy, observed and counted, and shown
 * by the {@code cloudsync} actuator endpoint.
 */
@NullMarked
package org.cloudsdk.autoconfigure.sync;

import org.jspecify.annotations.NullMarked;
