package org.cloudsdk.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * WireMock on 127.0.0.1 serving a Swift container of any number of objects, every listing page
 * generated on the fly from {@code limit} and {@code marker} (nothing is stored, so the server's
 * memory does not grow with the count), behind a keystone v3 stub whose catalog points at it.
 * Object names are {@code obj-} and a zero-padded number, so name order is number order.
 */
public final class SyntheticListing implements AutoCloseable {

    /** The container's name. */
    public static final String CONTAINER = "synthetic";
    /** The project id of the stub's token (and of the storage URL). */
    private static final String PROJECT_ID = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String TRANSFORMER = "synthetic-listing";
    private static final int MAX_PAGE = 10_000;

    private final WireMockServer server;

    /**
     * Starts the server.
     *
     * @param objects how many objects the container holds
     */
    public SyntheticListing(long objects) {
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal()
                .stubRequestLoggingDisabled(true).gzipDisabled(true).containerThreads(8).jettyAcceptors(1)
                .extensions(new PageTransformer(objects)));
        server.start();
        KeystoneTokenStub.stub(server, "synthetic-token", PROJECT_ID, "object-store", "swift", storageUrl());
        server.stubFor(get(urlPathEqualTo("/v1/AUTH_" + PROJECT_ID + "/" + CONTAINER))
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
    }

    /** @return the keystone v3 endpoint of the stub */
    public String authUrl() {
        return "http://127.0.0.1:" + server.port() + "/v3";
    }

    private String storageUrl() {
        return "http://127.0.0.1:" + server.port() + "/v1/AUTH_" + PROJECT_ID;
    }

    @Override
    public void close() {
        server.stop();
    }

    /** Generates one listing page from the request's {@code limit} and {@code marker}. */
    private static final class PageTransformer implements ResponseDefinitionTransformerV2 {

        private static final String ENTRY_START = "{\"name\":\"";
        private static final String ENTRY_END = "\",\"hash\":\"620f0b67a91f7f74151bc5be745b7110\",\"bytes\":4096,"
                + "\"content_type\":\"application/octet-stream\",\"last_modified\":\"2025-01-01T00:00:00.000000\"}";
        private static final int DIGITS = 9;

        private final long objects;

        PageTransformer(long objects) {
            this.objects = objects;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            QueryParameter limitParameter = serveEvent.getRequest().queryParameter("limit");
            QueryParameter markerParameter = serveEvent.getRequest().queryParameter("marker");
            int limit = limitParameter.isPresent() ? Math.min(Integer.parseInt(limitParameter.firstValue()), MAX_PAGE)
                    : MAX_PAGE;
            long first = markerParameter.isPresent() ? Long.parseLong(markerParameter.firstValue().substring(4)) + 1
                    : 0;
            long end = Math.min(objects, first + limit);
            if (first >= end) {
                return ResponseDefinition.noContent();
            }
            StringBuilder body = new StringBuilder((int) (end - first) * 160 + 2).append('[');
            for (long i = first; i < end; i++) {
                if (i > first) {
                    body.append(',');
                }
                appendName(body.append(ENTRY_START), i).append(ENTRY_END);
            }
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json; charset=utf-8")
                    .withHeader("X-Container-Object-Count", Long.toString(objects))
                    .withBody(body.append(']').toString()).build();
        }

        /** Appends {@code obj-} and the number, zero-padded to {@link #DIGITS} digits. */
        private static StringBuilder appendName(StringBuilder body, long number) {
            String digits = Long.toString(number);
            body.append("obj-");
            for (int pad = DIGITS - digits.length(); pad > 0; pad--) {
                body.append('0');
            }
            return body.append(digits);
        }
    }
}
