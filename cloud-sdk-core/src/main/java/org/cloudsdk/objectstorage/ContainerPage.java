package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.List;

import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.ServiceClient;
import org.springframework.http.HttpMethod;

import tools.jackson.databind.JsonNode;

/** One page of the account's container listing ({@code GET /?format=json}), for both APIs. */
final class ContainerPage {

    private ContainerPage() {
    }

    /**
     * @param client the object-store client
     * @param limit the page size
     * @param marker list after this name, or null
     * @return the request of one page
     */
    static ApiRequest.Builder request(ServiceClient client, int limit, String marker) {
        return client.request(HttpMethod.GET, "list_containers").query("format", "json").query("limit", limit)
                .query("marker", marker);
    }

    /**
     * @param response the answer to {@link #request}; 204 or an empty body is an empty page
     * @return the containers of the page
     */
    static List<ContainerInfo> parse(ApiResponse response) {
        if (response.status() == 204 || response.body().length == 0) {
            return List.of();
        }
        List<ContainerInfo> page = new ArrayList<>();
        for (JsonNode entry : response.json()) {
            page.add(new ContainerInfo(entry.path("name").asString(), entry.path("count").asLong(),
                    entry.path("bytes").asLong()));
        }
        return page;
    }
}
