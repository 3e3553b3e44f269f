package org.cloudsdk.benchmarks.compute;

import java.util.List;

import org.cloudsdk.http.Json;
import org.cloudsdk.model.JsonModels;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The readers of the JSON measurement, each turning the same bytes of one listing page into
 * records and returning them.
 */
public final class JsonReaders {

    /** One reader of a page. */
    public interface Reader {
        /** @return its name in the table */
        String name();

        /**
         * @param page the bytes of a {@code /servers/detail} page
         * @return one record per server
         */
        List<?> read(byte[] page);
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private JsonReaders() {
    }

    /**
     * What {@code Compute.listServers()} does with each page, through the public toolkit: the
     * transport's {@code Json.parse} of the body into a tree, then per server what a
     * {@code Server} handle's constructor does: {@code JsonModels.read} of its JSON object into the
     * record of its typed fields (the handle keeps that object, for {@code attribute()} and
     * {@code json()}; the tree is built anyway, so keeping it costs no allocation here).
     *
     * @return the reader
     */
    public static Reader sdkAsListing() {
        return new Reader() {
            @Override
            public String name() {
                return "cloud-sdk as `listServers()` reads a page: `Json.parse`, then `JsonModels.read` of each"
                        + " server's object";
            }

            @Override
            public List<?> read(byte[] page) {
                JsonNode servers = Json.parse(page).get("servers");
                ServerRecord[] out = new ServerRecord[servers.size()];
                int i = 0;
                for (JsonNode server : servers) {
                    out[i++] = JsonModels.read(server, ServerRecord.class);
                }
                return List.of(out);
            }
        };
    }

    /** @return a plain Jackson 3 {@code ObjectMapper} binding the bytes to records, unknown fields ignored */
    public static Reader jackson() {
        return new Reader() {
            @Override
            public String name() {
                return "Jackson 3 `ObjectMapper.readValue(bytes, Page.class)` (data binding, unknown fields ignored)";
            }

            @Override
            public List<?> read(byte[] page) {
                return MAPPER.readValue(page, JacksonServer.Page.class).servers();
            }
        };
    }

    /** @return the readers, in table order */
    public static List<Reader> all() {
        return List.of(sdkAsListing(), jackson());
    }
}
