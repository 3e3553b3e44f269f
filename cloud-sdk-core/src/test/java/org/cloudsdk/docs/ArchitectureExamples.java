package org.cloudsdk.docs;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

import org.cloudsdk.errors.NoMoreResultsException;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.model.AllFields;
import org.cloudsdk.model.JsonModels;
import org.cloudsdk.model.JsonNaming;
import org.cloudsdk.paging.Listing;
import org.cloudsdk.paging.Page;
import org.cloudsdk.paging.PagingScheme;

import reactor.core.publisher.Flux;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The examples of {@code docs/architecture.md}, as compiled code: the body of each method is a
 * {@code java} block of the page, character for character but for indentation
 * ({@code DocExamplesMatchSourcesTest} checks it). {@code ArchitectureExamplesTest} runs the
 * paging ones against WireMock; the model one is compiled only ({@code JsonModelsTest} covers it).
 */
public final class ArchitectureExamples {

    /** A volume of the paging example, read by the shared model mechanism. */
    public record Volume(String id, String name) { }

    /** The states of the model example's volume. */
    public enum VolumeStatus { AVAILABLE, IN_USE, UNKNOWN }

    /** Models: a record read from a response, a request body written from one. */
    public void models(JsonNode response, Record createRequest) {
        @JsonNaming(JsonNaming.Scheme.SNAKE_CASE)
        record Volume(String id, long size, VolumeStatus status, String volumeType, Instant createdAt,
                @AllFields ObjectNode attributes) { }

        Volume volume = JsonModels.read(response.get("volume"), Volume.class);
        ObjectNode body = JsonModels.wrap("volume", createRequest);   // {"volume": {...}}
    }

    /** How a service declares a listing. */
    public Listing<Volume> listVolumes(ServiceClient client, String status, Integer limit, String marker) {
        return Listing.builder(client, "list_volumes", PagingScheme.nextLink(),
                json -> JsonModels.read(json, Volume.class))
                .path("/volumes/detail")     // relative to the endpoint
                .items("volumes")            // where the array is in the response
                .query("status", status)     // filters; a null one is left out
                .limit(limit)                // checked before any request
                .marker(marker)
                .build();
    }

    /** What a caller does with a listing. */
    public List<String> useAListing(Listing<Volume> volumes, PrintStream out) {
        for (Volume volume : volumes) {                 // every page, each fetched when reached
            out.println(volume.name());
        }
        List<String> ids = volumes.stream().limit(3).map(Volume::id).toList();   // no page beyond the third item
        Flux<Volume> reactive = volumes.flux();         // pages asked for on demand
        return ids;
    }

    /** Explicit pages: pyrax's {@code list_next_page} and {@code list_previous_page}. */
    public void explicitPages(ServiceClient dns, PrintStream out) {
        Listing<JsonNode> domains = Listing.builder(dns, "list_domains", PagingScheme.limitOffset(100, 100),
                json -> json).path("/domains").items("domains").limit(10).offset(20).build();
        Page<JsonNode> page = domains.firstPage();       // offset 20
        page = page.previousPage();                      // offset 10
        try {
            page.nextPage().nextPage().nextPage();
        } catch (NoMoreResultsException e) {            // the last page has no next one
            out.println(e.getMessage());
        }
    }
}
