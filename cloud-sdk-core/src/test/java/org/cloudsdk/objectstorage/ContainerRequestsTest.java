package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cloudsdk.errors.ConflictException;
import org.cloudsdk.errors.NoSuchContainerException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** The exact requests of account and container operations, and the parsing of Swift's answers. */
class ContainerRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private final ObjectStorage storage = swift.storage();

    @BeforeEach
    void reset() {
        swift.server.resetAll();
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void createContainerPutsThenHeadsWithTheNameEncoded() {
        swift.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(204)
                .withHeader("X-Container-Object-Count", "3").withHeader("X-Container-Bytes-Used", "42")
                .withHeader("X-Container-Meta-Color", "blue")));

        Container created = storage.createContainer("é ü?#%+ x");

        List<LoggedRequest> requests = swift.requests();
        assertThat(requests).extracting(r -> r.getMethod().getName() + " " + r.getUrl()).containsExactly(
                "PUT " + SwiftStub.ACCOUNT + "/%C3%A9%20%C3%BC%3F%23%25%2B%20x",
                "HEAD " + SwiftStub.ACCOUNT + "/%C3%A9%20%C3%BC%3F%23%25%2B%20x");
        assertThat(requests.get(0).getHeader("X-Auth-Token")).isEqualTo(SwiftStub.TOKEN);
        assertThat(created.name()).isEqualTo("é ü?#%+ x");
        assertThat(created.objectCount()).isEqualTo(3);
        assertThat(created.totalBytes()).isEqualTo(42);
        assertThat(created.metadata()).containsExactlyEntriesOf(Map.of("x-container-meta-color", "blue"));
        assertThat(created).hasToString("<Container 'é ü?#%+ x'>");
    }

    @Test
    void missingContainerRaisesNoSuchContainerWithRequestId() {
        swift.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(404).withHeader("X-Trans-Id", "tx1")));

        assertThatThrownBy(() -> storage.getContainer("gone")).isInstanceOfSatisfying(NoSuchContainerException.class,
                e -> {
                    assertThat(e.container()).isEqualTo("gone");
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.requestId()).isEqualTo("tx1");
                    assertThat(e.operation()).isEqualTo("get_container");
                    assertThat(e).hasMessageContaining("'gone'");
                });
        assertThatThrownBy(() -> storage.getObjects("gone")).isInstanceOf(NoSuchContainerException.class);
        assertThatThrownBy(() -> storage.setContainerMetadata("gone", Map.of("a", "b")))
                .isInstanceOf(NoSuchContainerException.class);
    }

    @Test
    void namesAreCheckedBeforeAnyRequest() {
        assertThatThrownBy(() -> storage.createContainer("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> storage.createContainer("a/b")).hasMessageContaining("must not contain '/'");
        assertThatThrownBy(() -> storage.createContainer("é".repeat(129))).hasMessageContaining("256 bytes");
        assertThatThrownBy(() -> storage.storeObject("c", "x".repeat(1025), "y")).hasMessageContaining("1024 bytes");
        assertThatThrownBy(() -> storage.fetchObject("c", "")).hasMessageContaining("non-empty object name");
        assertThat(swift.requests()).isEmpty();
    }

    @Test
    void containerListingGoesOnAfterAShortPageAndEndsOnAnEmptyOne() {
        ObjectStorage paged = swift.storage(ObjectStorageSettings.builder().listingPageSize(2).build());
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT)).willReturn(aResponse().withBody(
                "[{\"name\":\"a\",\"count\":1,\"bytes\":10,\"last_modified\":\"2026-11-21T13:26:45.704470\"},"
                        + "{\"name\":\"b c\",\"count\":2,\"bytes\":20}]")));
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT)).withQueryParam("marker", equalTo("b c"))
                .willReturn(aResponse().withBody("[{\"name\":\"d\",\"count\":0,\"bytes\":0}]")));
        // a page shorter than the limit is not the end (a cluster may cap pages): only the empty one is
        swift.server.stubFor(get(urlPathEqualTo(SwiftStub.ACCOUNT)).withQueryParam("marker", equalTo("d"))
                .willReturn(aResponse().withBody("[]")));

        assertThat(paged.listContainersInfo()).containsExactly(new ContainerInfo("a", 1, 10),
                new ContainerInfo("b c", 2, 20), new ContainerInfo("d", 0, 0));
        assertThat(swift.requests()).extracting(LoggedRequest::getUrl).containsExactly(
                SwiftStub.ACCOUNT + "?format=json&limit=2", SwiftStub.ACCOUNT + "?format=json&limit=2&marker=b%20c",
                SwiftStub.ACCOUNT + "?format=json&limit=2&marker=d");
    }

    @Test
    void oneContainerPageAndEmptyAccount() {
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(204)));
        assertThat(storage.listContainers(5, "m")).isEmpty();
        assertThat(storage.getAllContainers()).isEmpty();
        assertThat(swift.requests().get(0).getUrl()).isEqualTo(SwiftStub.ACCOUNT + "?format=json&limit=5&marker=m");
    }

    @Test
    void accountMetadataIsReadAndWrittenWithPrefixes() {
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(204)
                .withHeader("X-Account-Bytes-Used", "693966").withHeader("X-Account-Container-Count", "4")
                .withHeader("X-Account-Meta-Temp-Url-Key", "secret").withHeader("X-Account-Meta-Old", "x")
                .withHeader("X-Trans-Id", "tx")));
        swift.server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(204)));

        assertThat(storage.getAccountMetadata()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
                "x-account-bytes-used", "693966", "x-account-container-count", "4",
                "x-account-meta-temp-url-key", "secret", "x-account-meta-old", "x")));

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("color", "blue");
        meta.put("X-Account-Meta-Flower", "lily");
        storage.setAccountMetadata(meta, true);
        LoggedRequest post = swift.requests().get(swift.requests().size() - 1);
        assertThat(post.getMethod().getName()).isEqualTo("POST");
        assertThat(post.getUrl()).isEqualTo(SwiftStub.ACCOUNT);
        assertThat(post.getHeader("x-account-meta-color")).isEqualTo("blue");
        assertThat(post.getHeader("x-account-meta-flower")).isEqualTo("lily");
        assertThat(post.containsHeader("x-remove-account-meta-old")).isTrue();
        assertThat(post.containsHeader("x-remove-account-meta-temp-url-key")).isFalse();

        storage.removeAccountMetadataKey("Old");
        assertThat(swift.requests().get(swift.requests().size() - 1).containsHeader("x-remove-account-meta-old"))
                .isTrue();
    }

    @Test
    void containerMetadataMassagesKeysAsTheSeedShows() {
        swift.server.stubFor(head(anyUrl()).willReturn(aResponse().withStatus(204)
                .withHeader("X-Container-Meta-Stale", "1")));
        swift.server.stubFor(any(anyUrl()).atPriority(10).willReturn(aResponse().withStatus(204)));

        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("X-Account-Meta-City", "Springfield");
        meta.put("Famous_Family", "Simpsons");
        storage.setContainerMetadata("example", meta, true);

        LoggedRequest post = swift.requests().get(1);
        assertThat(post.getMethod().getName()).isEqualTo("POST");
        assertThat(post.getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/example");
        assertThat(post.getHeader("x-container-meta-x-account-meta-city")).isEqualTo("Springfield");
        assertThat(post.getHeader("x-container-meta-famous-family")).isEqualTo("Simpsons");
        assertThat(post.containsHeader("x-remove-container-meta-stale")).isTrue();

        storage.removeContainerMetadataKey("example", "Famous_Family");
        assertThat(swift.requests().get(2).containsHeader("x-remove-container-meta-famous-family")).isTrue();
    }

    @Test
    void nonEmptyContainerDeleteIsRefusedAndRetriedOnlyWhenObjectsWereDeleted() {
        swift.server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(409)));
        assertThatThrownBy(() -> storage.deleteContainer("full")).isInstanceOf(ConflictException.class)
                .hasMessageContaining("'full' is not empty").hasMessageContaining("deleteContainer(name, true)");
        assertThat(swift.only().getMethod().getName()).isEqualTo("DELETE");
        swift.server.resetRequests();

        ObjectStorage retrying = swift.storage(ObjectStorageSettings.builder()
                .containerDeleteAttempts(3).containerDeleteRetryDelay(Duration.ofMillis(1)).build());
        swift.server.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(204)));
        assertThatThrownBy(() -> retrying.deleteContainer("full", true)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("3 attempts");
        assertThat(swift.requests()).extracting(r -> r.getMethod().getName()).containsExactly("GET", "DELETE",
                "DELETE", "DELETE");
    }
}
