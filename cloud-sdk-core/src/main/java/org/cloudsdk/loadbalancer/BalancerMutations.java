package org.cloudsdk.loadbalancer;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.OperationInterruptedException;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.WaitTimeoutException;
import org.cloudsdk.wait.Waiter;

/**
 * Runs the changes of balancers so that they never meet a balancer {@code PENDING_UPDATE} by
 * this client's own doing: the changes of one balancer go one at a time, in the order they
 * arrived (changes of other balancers are not held up), each waits for the balancer to be
 * {@code ACTIVE} again before the next is sent, and a {@code 422} "immutable" answer (another
 * client's change, or one of the console's) is retried once the balancer is {@code ACTIVE}. All of
 * it within {@link LoadBalancerSettings#waitTimeout()} from the moment the change was asked for.
 *
 * <p>One instance per client, shared by its {@code withSettings} copies; thread-safe.
 */
final class BalancerMutations {

    /** The server's "immutable" answer: the balancer is PENDING_UPDATE, BUILD or DELETED. */
    static final int IMMUTABLE = 422;

    /** States from which a balancer will not become ACTIVE by itself: waiting for them is pointless. */
    private static final Set<String> HOPELESS = Set.of("ERROR", "SUSPENDED", "PENDING_DELETE", "DELETED");

    private final Map<String, Gate> gates = new HashMap<>();

    /**
     * @param balancers the client (its settings bound the waits, its reads poll the status)
     * @param balancerId the balancer changed
     * @param awaitActive whether to wait for ACTIVE after the change (not after a deletion, nor
     *     after metadata changes, which do not change the balancer's status)
     * @param change sends the change; called again after a 422 answer
     * @param <T> what the change returns
     * @return what the change returned
     * @throws LoadBalancerFailedException when the balancer is in ERROR or SUSPENDED, or deleted
     * @throws WaitTimeoutException when the wait timeout passes first (its cause the last 422
     *     when the balancer kept refusing the change)
     */
    <T> T run(CloudLoadBalancers balancers, String balancerId, boolean awaitActive, Supplier<T> change) {
        LoadBalancerSettings settings = balancers.settings();
        long start = System.nanoTime();
        long deadline = start + settings.waitTimeout().toNanos();
        Gate gate = enter(balancers, balancerId, start, deadline);
        try {
            T result = sendRetrying(balancers, balancerId, start, deadline, change);
            if (awaitActive) {
                awaitActive(balancers, balancerId, deadline);
            }
            return result;
        } finally {
            leave(balancerId, gate);
        }
    }

    private <T> T sendRetrying(CloudLoadBalancers balancers, String balancerId, long start, long deadline,
            Supplier<T> change) {
        while (true) {
            try {
                return change.get();
            } catch (CloudException e) {
                if (e.status() != IMMUTABLE) {
                    throw e;
                }
                if (System.nanoTime() >= deadline) {
                    throw stillImmutable(balancers, balancerId, e, LoadBalancer.placeholder(balancers, balancerId), 0, start);
                }
                // the status may not have left ACTIVE when a console change was just accepted:
                // pause one interval, so a balancer that keeps answering 422 is not hammered
                pause(balancers.settings().waitInterval(), deadline, balancerId);
                try {
                    awaitActive(balancers, balancerId, deadline);
                } catch (WaitTimeoutException timeout) {
                    throw stillImmutable(balancers, balancerId, e, timeout.lastSnapshot(LoadBalancer.class),
                            timeout.polls(), start);
                }
            }
        }
    }

    /** The wait timeout passed while the balancer kept refusing the change: the last 422 is the cause. */
    private static WaitTimeoutException stillImmutable(CloudLoadBalancers balancers, String balancerId,
            CloudException refusal, LoadBalancer last, int polls, long start) {
        return new WaitTimeoutException("load balancer " + balancerId + " still refused the change as immutable (422)"
                + " after the wait timeout of " + balancers.settings().waitTimeout() + ": " + refusal.getMessage(),
                WaitTimeoutException.Reason.DEADLINE, last, "status", last.status(), polls,
                Duration.ofNanos(System.nanoTime() - start), refusal);
    }

    /** Polls the balancer's status until ACTIVE, failing at once on a hopeless state. */
    void awaitActive(CloudLoadBalancers balancers, String balancerId, long deadline) {
        long remaining = Math.max(deadline - System.nanoTime(), TimeUnit.MILLISECONDS.toNanos(1));
        WaitOptions options = WaitOptions.builder().interval(balancers.settings().waitInterval())
                .deadline(Duration.ofNanos(remaining)).failureValues(HOPELESS).build();
        try {
            Waiter.shared().waitUntil(LoadBalancer.placeholder(balancers, balancerId), "status", Set.of("ACTIVE"), options);
        } catch (ResourceFailedException e) {
            LoadBalancer last = e.lastSnapshot(LoadBalancer.class);
            throw new LoadBalancerFailedException("load balancer " + balancerId + " is " + last.status()
                    + " and will not become ACTIVE by itself", last, e.polls(), e.elapsed());
        }
    }

    private Gate enter(CloudLoadBalancers balancers, String balancerId, long start, long deadline) {
        Gate gate;
        synchronized (gates) {
            gate = gates.computeIfAbsent(balancerId, id -> new Gate());
            gate.users++;
        }
        boolean locked = false;
        try {
            locked = gate.lock.tryLock(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            release(balancerId, gate);
            throw new OperationInterruptedException("interrupted while waiting for an earlier change of load balancer "
                    + balancerId, e);
        }
        if (!locked) {
            release(balancerId, gate);
            Duration waited = Duration.ofNanos(System.nanoTime() - start);
            throw new WaitTimeoutException("an earlier change of load balancer " + balancerId + " by this client did not"
                    + " end within " + balancers.settings().waitTimeout(), WaitTimeoutException.Reason.DEADLINE,
                    LoadBalancer.placeholder(balancers, balancerId), "status", null, 0, waited, null);
        }
        return gate;
    }

    private void leave(String balancerId, Gate gate) {
        gate.lock.unlock();
        release(balancerId, gate);
    }

    private void release(String balancerId, Gate gate) {
        synchronized (gates) {
            if (--gate.users == 0) {
                gates.remove(balancerId);
            }
        }
    }

    /** @return how many balancers have a change under way or waiting (for tests) */
    int busyBalancers() {
        synchronized (gates) {
            return gates.size();
        }
    }

    private static void pause(Duration interval, long deadline, String balancerId) {
        long nanos = Math.min(interval.toNanos(), Math.max(0, deadline - System.nanoTime()));
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("interrupted while retrying a change of load balancer " + balancerId, e);
        }
    }

    /** One balancer's turn: a fair lock, so its changes go in the order they arrived. */
    private static final class Gate {
        final ReentrantLock lock = new ReentrantLock(true);
        int users;
    }
}
