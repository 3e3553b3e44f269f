package org.cloudsdk.it;

import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.octavia.LoadBalancer;
import org.cloudsdk.wait.ResourceFailedException;

/**
 * Deletes a load balancer of the local Octavia with everything under it and waits until it is
 * gone. The local Octavia runs on sqlite, and its worker deletes a balancer's children in
 * parallel: under load one of them may fail with "database is locked", which leaves the balancer
 * in ERROR instead of gone. A balancer in ERROR may be deleted again, so it is, a few times.
 */
public final class BalancerCleanup {

    private BalancerCleanup() {
    }

    /**
     * @param balancer the balancer to delete
     * @throws ResourceFailedException when every attempt left it in ERROR
     */
    public static void deleteCascadeAndWait(LoadBalancer balancer) {
        for (int attempt = 1; ; attempt++) {
            try {
                balancer.deleteCascade();
            } catch (NotFoundException alreadyGone) {
                return;
            }
            try {
                balancer.waitForDeleted();
                return;
            } catch (ResourceFailedException failedDeletion) {
                if (attempt == 3) {
                    throw failedDeletion;
                }
            }
        }
    }
}
