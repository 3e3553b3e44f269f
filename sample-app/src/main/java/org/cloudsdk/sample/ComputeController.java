package org.cloudsdk.sample;

import java.util.List;
import java.util.Map;

import org.cloudsdk.compute.Compute;
import org.cloudsdk.compute.Flavor;
import org.cloudsdk.compute.Server;
import org.cloudsdk.compute.ServerListOptions;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The project's servers and the cloud's flavors, through the {@link Compute} bean of the starter.
 * A cloud without compute (the local cloud started with {@code --only identity,object-store})
 * answers 503 here while the rest of the application works.
 */
@RestController
class ComputeController {

    private final Compute compute;

    ComputeController(Compute compute) {
        // building the client makes no network call, so a cloud without compute starts too: its
        // calls fail with NoEndpointForServiceException, answered 503 below
        this.compute = compute;
    }

    /**
     * @param status only servers in this status ({@code ACTIVE}, {@code BUILD}...), if given
     * @return the servers: id, name, status and addresses by network
     */
    @GetMapping("/servers")
    List<Map<String, Object>> servers(@RequestParam(required = false) String status) {
        return compute.listServers(ServerListOptions.builder().status(status).build()).stream()
                .map(ComputeController::summary).toList();
    }

    /** @return the flavors: id, name, RAM (MB), disk (GB) and virtual CPUs */
    @GetMapping("/flavors")
    List<Map<String, Object>> flavors() {
        return compute.listFlavors().stream().map(ComputeController::summary).toList();
    }

    @ExceptionHandler(NoEndpointForServiceException.class)
    ProblemDetail noCompute(NoEndpointForServiceException ex) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
    }

    private static Map<String, Object> summary(Server server) {
        return Map.of("id", server.id(), "name", server.name(), "status", server.status(), "networks",
                server.networks());
    }

    private static Map<String, Object> summary(Flavor flavor) {
        return Map.of("id", flavor.id(), "name", flavor.name(), "ram", flavor.ram(), "disk", flavor.disk(), "vcpus",
                flavor.vcpus());
    }
}
