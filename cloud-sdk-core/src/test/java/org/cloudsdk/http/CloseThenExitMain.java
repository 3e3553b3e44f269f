package org.cloudsdk.http;

import java.util.List;
import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.config.CloudConfiguration;

/**
 * A program as users write them: one call, close the context, return from {@code main}. Run in a
 * child JVM by {@link ProcessExitTest}; prints the threads that could keep the JVM alive.
 */
public final class CloseThenExitMain {

    private CloseThenExitMain() {
    }

    /**
     * @param args the WireMock base URL; then, optionally, a proxy ({@code host:port}) every
     *     request goes through
     */
    public static void main(String[] args) {
        try (CloudContext ctx = CloudContext.builder().configuration(CloudConfiguration.of(null, Map.of()))
                .environmentVariables(Map.of()).identityType("keystone").authEndpoint(args[0] + "/v3")
                .proxy(args.length > 1 ? args[1] : null)
                .username("demo").password("secret").tenantName("demo").region("RegionOne").build()) {
            System.out.println("containers " + ctx.objectStorage().listContainers().size());
        }
        // a thread that a late notification starts (Netty's global executor) has time to show
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> alive = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !thread.isDaemon() && thread != Thread.currentThread() && thread.isAlive())
                .map(Thread::getName).sorted().toList();
        System.out.println("non-daemon " + alive);
        System.out.println("main returns");
        System.out.flush();
    }
}
