package org.cloudsdk.benchmarks.compute;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cloudsdk.benchmarks.KeystoneTokenStub;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import wiremock.org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * WireMock on 127.0.0.1 standing in for Nova behind a keystone v3 stub whose catalog points at it:
 * <ul>
 *   <li>{@code GET /v2.1}: the version document (microversions 2.1 to 2.46);</li>
 *   <li>{@code GET /v2.1/servers/detail}: a listing of any number of servers, every page generated
 *       on the fly from {@code limit} and {@code marker} as Nova pages: at most {@code max_limit}
 *       servers a page, a {@code servers_links} entry with {@code rel=next} on every full page
 *       (so a listing whose size is a multiple of the page ends on an empty page), 400 for a
 *       marker that names no server;</li>
 *   <li>{@code POST /v2.1/servers}: creates server {@code wait-<run>-<n>} (its id says both),
 *       answered as Nova does (202, id, links, admin password);</li>
 *   <li>{@code GET /v2.1/servers/{id}}: a created server is BUILD until a delay after its first
 *       poll, then ACTIVE; each server's delay is drawn from a seeded random in the given range,
 *       from its number alone, so every run and every library sees the same delays.</li>
 * </ul>
 * Nothing is stored but the time of each waited server's first poll.
 *
 * <p>Jetty's threads are named {@value #THREAD_PREFIX}{@code -n}, so that a measurement in the
 * same JVM can leave them out ({@link ClientThreads}).
 */
public final class NovaStub implements AutoCloseable {

    /** The name prefix of the stub's threads. */
    public static final String THREAD_PREFIX = "nova-stub";
    /** Nova's default {@code max_limit}. */
    public static final int NOVA_MAX_LIMIT = 1000;
    /** The microversions the stub's version document publishes. */
    public static final String MAX_MICROVERSION = "2.46";

    private static final Pattern WAIT_NAME = Pattern.compile("\"name\"\\s*:\\s*\"wait-(\\d{1,8})-(\\d{1,9})\"");

    private final WireMockServer server;
    private final LongAdder requests = new LongAdder();
    private final Map<String, Long> firstPolls = new ConcurrentHashMap<>();

    /**
     * Starts the server.
     *
     * @param servers how many servers the listing holds
     * @param maxLimit the largest page (Nova's {@code max_limit}, {@value #NOVA_MAX_LIMIT} by default)
     * @param activeAfter when a waited server becomes ACTIVE after its first poll
     * @param seed the seed of the delays
     * @param containerThreads Jetty's threads: enough that 1,000 blocking clients polling in the same
     *     second are served without queueing behind the stub
     */
    public NovaStub(long servers, int maxLimit, DelayRange activeAfter, long seed, int containerThreads) {
        if (servers < 0) {
            throw new IllegalArgumentException("servers must be 0 or more, was " + servers);
        }
        if (maxLimit < 1) {
            throw new IllegalArgumentException("maxLimit must be 1 or more, was " + maxLimit);
        }
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal()
                .stubRequestLoggingDisabled(true).gzipDisabled(true).containerThreads(containerThreads)
                .threadPoolFactory(o -> {
                    QueuedThreadPool pool = new QueuedThreadPool(o.containerThreads(), Math.min(8, o.containerThreads()));
                    pool.setName(THREAD_PREFIX);
                    return pool;
                })
                .extensions(new Listing(servers, maxLimit), new Creation(), new Polling(activeAfter, seed)));
        server.addMockServiceRequestListener((request, response) -> requests.increment());
        server.start();
        KeystoneTokenStub.stub(server, "nova-stub-token", ServerJson.PROJECT_ID, "compute", "nova", baseUrl() + "/v2.1");
        server.stubFor(get(urlPathEqualTo("/v2.1")).willReturn(json(200, versionBody())));
        server.stubFor(get(urlPathEqualTo("/v2.1/servers/detail")).atPriority(1)
                .willReturn(aResponse().withTransformers(Listing.NAME)));
        server.stubFor(post(urlPathEqualTo("/v2.1/servers")).atPriority(1)
                .willReturn(aResponse().withTransformers(Creation.NAME)));
        server.stubFor(get(urlPathMatching("/v2.1/servers/[^/]+")).atPriority(5)
                .willReturn(aResponse().withTransformers(Polling.NAME)));
    }

    /** @return the keystone v3 endpoint of the stub */
    public String authUrl() {
        return baseUrl() + "/v3";
    }

    /** @return {@code http://127.0.0.1:port} */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** @return the requests the stub has answered since it started or since {@link #resetRequests()} */
    public long requests() {
        return requests.sum();
    }

    /** Starts counting requests again from zero. */
    public void resetRequests() {
        requests.reset();
    }

    @Override
    public void close() {
        server.stop();
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static ResponseDefinition jsonDefinition(int status, String body) {
        return ResponseDefinitionBuilder.responseDefinition().withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("OpenStack-API-Version", "compute " + MAX_MICROVERSION).withBody(body).build();
    }

    private static ResponseDefinition badRequest(String message) {
        return jsonDefinition(400, "{\"badRequest\":{\"code\":400,\"message\":\"" + message + "\"}}");
    }

    private String versionBody() {
        return """
                {"version": {"id": "v2.1", "status": "CURRENT", "version": "%s", "min_version": "2.1",
                  "updated": "2013-07-23T11:33:21Z",
                  "links": [{"rel": "self", "href": "%s/v2.1/"}],
                  "media-types": [{"base": "application/json", "type": "application/vnd.openstack.compute+json;version=2.1"}]
                }}""".formatted(MAX_MICROVERSION, baseUrl());
    }

    /** The base URL as the client reached it, for the links in the answer. */
    private static String base(ServeEvent event) {
        String url = event.getRequest().getAbsoluteUrl();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return path < 0 ? url : url.substring(0, path);
    }

    /** Generates one page of {@code /servers/detail} from {@code limit} and {@code marker}. */
    private static final class Listing implements ResponseDefinitionTransformerV2 {

        static final String NAME = "nova-listing";

        private final long servers;
        private final int maxLimit;

        Listing(long servers, int maxLimit) {
            this.servers = servers;
            this.maxLimit = maxLimit;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            QueryParameter limitParameter = event.getRequest().queryParameter("limit");
            QueryParameter markerParameter = event.getRequest().queryParameter("marker");
            int limit = maxLimit;
            if (limitParameter.isPresent()) {
                try {
                    limit = Math.min(Integer.parseInt(limitParameter.firstValue()), maxLimit);
                } catch (NumberFormatException e) {
                    limit = -1;
                }
                if (limit < 0) {
                    return badRequest("limit must be an integer 0 or greater");
                }
            }
            long first = 0;
            if (markerParameter.isPresent()) {
                long index = ServerJson.listedIndex(markerParameter.firstValue());
                if (index < 0 || index >= servers) {
                    return badRequest("marker [" + markerParameter.firstValue() + "] not found");
                }
                first = index + 1;
            }
            String baseUrl = base(event);
            return jsonDefinition(200, page(baseUrl, first, limit, servers,
                    limitParameter.isPresent() ? limitParameter.firstValue() : null));
        }
    }

    /**
     * One page of the listing, as its stub serves it.
     *
     * @param baseUrl the stub's URL, for the links
     * @param first the index of the page's first server
     * @param limit the page size in effect (the request's limit capped at {@code max_limit})
     * @param servers the size of the listing
     * @param requestedLimit the limit the request gave, repeated in the next link, or null
     * @return the body
     */
    public static String page(String baseUrl, long first, int limit, long servers, String requestedLimit) {
        long end = Math.min(servers, first + limit);
        StringBuilder body = new StringBuilder((int) Math.max(0, end - first) * 2300 + 200).append("{\"servers\":[");
        for (long i = first; i < end; i++) {
            if (i > first) {
                body.append(',');
            }
            ServerJson.append(body, baseUrl, ServerJson.listedId(i), i, true);
        }
        body.append(']');
        if (limit > 0 && end - first == limit) {
            // Nova links the next page whenever a page is full, even when it is the last one
            body.append(",\"servers_links\":[{\"rel\":\"next\",\"href\":\"").append(baseUrl)
                    .append("/v2.1/servers/detail?");
            if (requestedLimit != null) {
                body.append("limit=").append(requestedLimit).append('&');
            }
            body.append("marker=").append(ServerJson.listedId(end - 1)).append("\"}]");
        }
        return body.append('}').toString();
    }

    /** Answers {@code POST /servers} for a server named {@code wait-<run>-<n>}. */
    private static final class Creation implements ResponseDefinitionTransformerV2 {

        static final String NAME = "nova-creation";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            Matcher name = WAIT_NAME.matcher(event.getRequest().getBodyAsString());
            if (!name.find()) {
                return badRequest("the stub creates only servers named wait-<run>-<n>");
            }
            String id = ServerJson.waitedId(Integer.parseInt(name.group(1)), Integer.parseInt(name.group(2)));
            String baseUrl = base(event);
            return jsonDefinition(202, """
                    {"server": {"id": "%s", "links": [{"rel": "self", "href": "%s/v2.1/servers/%s"},
                      {"rel": "bookmark", "href": "%s/servers/%s"}],
                      "OS-DCF:diskConfig": "MANUAL", "security_groups": [{"name": "default"}],
                      "adminPass": "bench-admin-pass"}}""".formatted(id, baseUrl, id, baseUrl, id));
        }
    }

    /** Answers {@code GET /servers/{id}}: BUILD, then ACTIVE once the server's delay has passed. */
    private final class Polling implements ResponseDefinitionTransformerV2 {

        static final String NAME = "nova-polling";

        private final DelayRange activeAfter;
        private final long seed;

        Polling(DelayRange activeAfter, long seed) {
            this.activeAfter = activeAfter;
            this.seed = seed;
        }

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            String url = event.getRequest().getUrl();
            int query = url.indexOf('?');
            String id = url.substring("/v2.1/servers/".length(), query < 0 ? url.length() : query);
            int number = ServerJson.waitedNumber(id);
            if (number < 0) {
                return jsonDefinition(404, "{\"itemNotFound\":{\"code\":404,\"message\":\"Instance " + id
                        + " could not be found.\"}}");
            }
            long now = System.nanoTime();
            long first = firstPolls.computeIfAbsent(id, key -> now);
            boolean active = now - first >= NovaStub.delayMillis(number, activeAfter, seed) * 1_000_000L;
            StringBuilder body = new StringBuilder(2400).append("{\"server\":");
            ServerJson.append(body, base(event), id, number, active);
            return jsonDefinition(200, body.append('}').toString());
        }
    }

    /**
     * @param number a waited server's number
     * @param activeAfter the range of delays
     * @param seed the seed
     * @return the delay after its first poll at which the stub calls it ACTIVE
     */
    public static long delayMillis(int number, DelayRange activeAfter, long seed) {
        return activeAfter.pick(new SplittableRandom(seed * 1_000_003L + number));
    }
}
