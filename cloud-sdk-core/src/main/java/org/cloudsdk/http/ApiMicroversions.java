package org.cloudsdk.http;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import org.cloudsdk.errors.UnsupportedMicroversionException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

/**
 * Microversions of one service client: the range its server publishes (read once from the API's
 * version document, and read again after a failure), negotiation of the newest version both the
 * server and the SDK's client support, and requests pinned to a version, per client
 * ({@link #pin}) or per call ({@link #apply}). The version goes in {@code OpenStack-API-Version}
 * ({@code compute 2.79}) and, where the API still reads one, its legacy header
 * ({@code X-OpenStack-Nova-API-Version: 2.79}).
 *
 * <p>Thread-safe.
 */
public final class ApiMicroversions {

    /** The header every microversioned OpenStack API reads. */
    public static final String HEADER = "OpenStack-API-Version";

    private final ServiceClient client;
    private final String headerService;
    private final @Nullable String legacyHeader;
    private final UnaryOperator<String> versionDocumentUrl;
    private final MicroversionRange supported;
    /** The server's range once read; a holder so that "publishes none" (null) is remembered too. */
    private final AtomicReference<Map.@Nullable Entry<String, @Nullable MicroversionRange>> serverRange =
            new AtomicReference<>();

    /**
     * @param client the service's client
     * @param headerService the service's name in {@code OpenStack-API-Version}, such as
     *     {@code compute} or {@code volume}
     * @param legacyHeader the older header the API also reads, or null
     * @param versionDocumentUrl from the endpoint URL to the URL of the API's version document
     *     (Nova's is the endpoint itself; Cinder's endpoint ends with the project id, its document
     *     is one level up)
     * @param supported the microversions the SDK's client of this service was written for
     */
    public ApiMicroversions(ServiceClient client, String headerService, @Nullable String legacyHeader,
            UnaryOperator<String> versionDocumentUrl, MicroversionRange supported) {
        this.client = Objects.requireNonNull(client, "client must not be null");
        this.headerService = Objects.requireNonNull(headerService, "headerService must not be null");
        this.legacyHeader = legacyHeader;
        this.versionDocumentUrl = Objects.requireNonNull(versionDocumentUrl, "versionDocumentUrl must not be null");
        this.supported = Objects.requireNonNull(supported, "supported must not be null");
    }

    /** @return the microversions the SDK's client of this service was written for */
    public MicroversionRange supported() {
        return supported;
    }

    /**
     * @return the microversions the server publishes, or null when it publishes none (read once;
     *     a failed read is not remembered)
     */
    public @Nullable MicroversionRange serverRange() {
        Map.Entry<String, @Nullable MicroversionRange> known = serverRange.get();
        if (known == null) {
            String url = versionDocumentUrl.apply(client.endpointUrl());
            // the trailing slash matters: Cinder answers /v3 with a redirect to /v3/
            ApiRequest request = ApiRequest.builder(client.service(), "version document", HttpMethod.GET)
                    .region(client.region()).baseUrl(url).path(url.endsWith("/") ? "/" : "").build();
            ApiResponse response = Transport.blockValue(client.transport().exchange(request, client.session()));
            known = new AbstractMap.SimpleImmutableEntry<>(url,
                    MicroversionRange.fromVersionDocument(response.json()));
            serverRange.compareAndSet(null, known);
        }
        return known.getValue();
    }

    /**
     * @return the newest microversion both the server and the SDK support, or null when the server
     *     publishes none (then requests carry no microversion and get the API's base behaviour)
     * @throws UnsupportedMicroversionException when the two ranges have none in common
     */
    public @Nullable Microversion negotiate() {
        MicroversionRange server = serverRange();
        if (server == null) {
            return null;
        }
        Microversion newest = server.max().compareTo(supported.max()) < 0 ? server.max() : supported.max();
        Microversion oldest = server.min().compareTo(supported.min()) > 0 ? server.min() : supported.min();
        if (newest.compareTo(oldest) < 0) {
            throw new UnsupportedMicroversionException(client.service(), client.service() + ": the server supports microversions "
                    + server + " and this SDK " + supported + ": none in common");
        }
        return newest;
    }

    /**
     * @param version the microversion every request of the returned client asks for
     * @return the client, pinned (a request may still ask for another with {@link #apply})
     * @throws IllegalArgumentException when the SDK's client does not support it
     * @throws UnsupportedMicroversionException when the server does not
     */
    public ServiceClient pin(Microversion version) {
        return client.withHeaders(headers(check(version)));
    }

    /**
     * @return the client pinned to the negotiated microversion (or the client itself when the
     *     server publishes none)
     */
    public ServiceClient pinNegotiated() {
        Microversion version = negotiate();
        return version == null ? client : client.withHeaders(headers(version));
    }

    /**
     * Asks for a microversion in one request, replacing the client's.
     *
     * @param request a request of this service
     * @param version the microversion
     * @return the request
     * @throws IllegalArgumentException when the SDK's client does not support it
     * @throws UnsupportedMicroversionException when the server does not
     */
    public ApiRequest.Builder apply(ApiRequest.Builder request, Microversion version) {
        headers(check(version)).forEach(request::setHeader);
        return request;
    }

    /**
     * @param version a microversion
     * @return the headers that ask for it
     */
    public Map<String, String> headers(Microversion version) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(HEADER, headerService + " " + version);
        if (legacyHeader != null) {
            headers.put(legacyHeader, version.toString());
        }
        return headers;
    }

    private Microversion check(Microversion version) {
        Objects.requireNonNull(version, "microversion must not be null");
        if (!supported.contains(version)) {
            throw new IllegalArgumentException("microversion " + version + " of " + client.service()
                    + " is outside what this SDK supports (" + supported + ")");
        }
        MicroversionRange server = serverRange();
        if (server == null || !server.contains(version)) {
            throw new UnsupportedMicroversionException(client.service(), client.service() + ": microversion " + version
                    + " is not supported by the server (" + (server == null ? "it publishes none" : server)
                    + "); this SDK supports " + supported);
        }
        return version;
    }
}
