package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.cloudsdk.CloudContext;
import org.cloudsdk.docs.WaitingGuideExamples.Server;
import org.cloudsdk.http.Json;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.wait.NotFoundPolicy;
import org.cloudsdk.wait.ResourceFailedException;
import org.cloudsdk.wait.WaitOptions;
import org.cloudsdk.wait.Waiter;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.node.ObjectNode;

/** The waiters against the local cloud's real Nova (fake driver): a build, then a deletion. */
class WaiterIT {

    @Test
    void waitsForARealServerToBuildAndThenToBeGone() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            ServiceClient compute = ctx.client("compute", LocalCloud.get("region"));
            ObjectNode server = Json.object();
            server.put("name", "waiter-it-" + UUID.randomUUID());
            server.put("imageRef", LocalCloud.get("image.id"));
            server.put("flavorRef", LocalCloud.get("flavor.tiny.id"));
            server.set("networks", Json.array().add(Json.object().put("uuid", LocalCloud.get("network.id"))));
            String id = compute.execute(compute.request(HttpMethod.POST, "createServer").path("/servers")
                    .jsonBody(Json.write(Json.object().set("server", server)))).json().path("server").path("id").asString();
            Server created = new Server(compute, id, Json.object());
            try {
                Server built = Waiter.shared().waitForBuild(created, WaitOptions.forBuild().toBuilder()
                        .interval(Duration.ofMillis(500)).deadline(Duration.ofMinutes(3)).build());

                assertThat(built.attribute("status")).contains("ACTIVE");
                assertThat(built.id()).isEqualTo(id);
            } finally {
                compute.execute(compute.request(HttpMethod.DELETE, "deleteServer").path("/servers/{id}", id));
            }
            WaitOptions untilGone = WaitOptions.defaults().toBuilder().interval(Duration.ofMillis(500))
                    .deadline(Duration.ofMinutes(2)).notFound(NotFoundPolicy.SUCCEED).build();
            Server gone;
            try {
                gone = Waiter.shared().waitUntil(created, "status", List.of("DELETED"), untilGone);
            } catch (ResourceFailedException failedDeletion) {
                // the local Nova on sqlite may fail a deletion under load (the server goes to ERROR):
                // the waiter reported it at once, as it should; delete again and wait once more
                compute.execute(compute.request(HttpMethod.DELETE, "deleteServer").path("/servers/{id}", id));
                gone = Waiter.shared().waitUntil(created, "status", List.of("DELETED"), untilGone);
            }

            assertThat(gone.id()).isEqualTo(id);
        }
    }
}
