package org.cloudsdk.it;

import java.time.Duration;
import java.util.List;

import org.cloudsdk.compute.Server;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;

/**
 * Deletes a server of the local Nova and waits until it is gone. The local Nova runs on sqlite
 * and may fail a deletion under load ("database is locked": the server goes to ERROR instead of
 * away), so a server that reaches ERROR while being deleted is deleted again, a few times.
 */
public final class ServerCleanup {

    private static final WaitOptions GONE = WaitOptions.forBuild().toBuilder().interval(Duration.ofMillis(500))
            .deadline(Duration.ofMinutes(3)).notFound(NotFoundPolicy.SUCCEED).build();

    private ServerCleanup() {
    }

    /**
     * @param server the server to delete
     * @throws ResourceFailedException when every attempt left it in ERROR
     */
    public static void deleteAndWait(Server server) {
        for (int attempt = 1; ; attempt++) {
            try {
                server.delete();
            } catch (NotFoundException alreadyGone) {
                return;
            }
            try {
                Waiter.shared().waitUntil(server, "status", List.of("DELETED"), GONE);
                return;
            } catch (ResourceFailedException failedDeletion) {
                if (attempt == 3) {
                    throw failedDeletion;
                }
            }
        }
    }
}
