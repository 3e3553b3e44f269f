/**
 * Waiting for a resource to reach a state: pyrax's {@code wait_until} and {@code wait_for_build}
 * as {@link org.cloudsdk.wait.Waiter#waitUntil Waiter.waitUntil} and
 * {@link org.cloudsdk.wait.Waiter#waitForBuild Waiter.waitForBuild}, blocking as in pyrax, with a
 * callback, or as a {@link java.util.concurrent.CompletableFuture} of the final snapshot.
 *
 * <p>A waiter knows no service: it polls any {@link org.cloudsdk.wait.Waitable} (a resource
 * handle that can reload itself asynchronously and look up an attribute by name). Unlike pyrax,
 * a failure state ({@code ERROR}) ends the wait at once with a
 * {@link org.cloudsdk.wait.ResourceFailedException}, an overall deadline or the attempts running
 * out end it with a {@link org.cloudsdk.wait.WaitTimeoutException}, rate limits slow the polling
 * down, and every wait of a {@link org.cloudsdk.wait.Waiter} shares a few scheduler threads, so
 * that a thousand waits do not take a thousand threads. See {@code docs/waiting.md}.
 */
@NullMarked
package org.cloudsdk.wait;

import org.jspecify.annotations.NullMarked;
