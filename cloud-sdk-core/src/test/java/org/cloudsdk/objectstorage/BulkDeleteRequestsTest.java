package org.cloudsdk.objectstorage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Swift's bulk-delete middleware: the request, the per-line encoding, batching and the report. */
class BulkDeleteRequestsTest {

    private static final SwiftStub swift = new SwiftStub();
    private static final String REPORT = "{\"Number Not Found\": 1, \"Response Status\": \"200 OK\", "
            + "\"Response Body\": \"\", \"Errors\": [], \"Number Deleted\": 2}";

    @BeforeEach
    void reset() {
        swift.server.resetAll();
        swift.server.stubFor(post(anyUrl()).willReturn(aResponse().withBody(REPORT)));
    }

    @AfterAll
    static void stop() {
        swift.close();
    }

    @Test
    void postsUrlEncodedPathsOnePerLine() {
        BulkDeleteResult result = swift.storage().bulkDelete("my c", List.of("a/b c", "é?#%+", "new\nline"));

        LoggedRequest request = swift.only();
        assertThat(request.getMethod().getName()).isEqualTo("POST");
        assertThat(request.getUrl()).isEqualTo(SwiftStub.ACCOUNT + "/?bulk-delete");
        assertThat(request.getHeader("Content-Type")).startsWith("text/plain");
        assertThat(request.getHeader("Accept")).isEqualTo("application/json");
        assertThat(request.getBodyAsString()).isEqualTo(
                "my%20c/a%2Fb%20c\nmy%20c/%C3%A9%3F%23%25%2B\nmy%20c/new%0Aline\n");
        assertThat(result).isEqualTo(new BulkDeleteResult(2, 1, "200 OK", List.of()));
        assertThat(result.succeeded()).isTrue();
    }

    @Test
    void twentyFiveThousandNamesGoInThreeRequestsAndResultsAreSummed() {
        List<String> names = IntStream.range(0, 25_000).mapToObj(i -> "o" + i).toList();
        BulkDeleteResult result = swift.storage(ObjectStorageSettings.builder().bulkDeleteBatchSize(10_000).build())
                .bulkDelete("c", names);

        List<LoggedRequest> requests = swift.requests();
        assertThat(requests).extracting(r -> r.getBodyAsString().split("\n").length).containsExactly(10_000, 10_000,
                5_000);
        assertThat(requests.get(0).getBodyAsString()).startsWith("c/o0\nc/o1\n");
        assertThat(requests.get(2).getBodyAsString()).endsWith("c/o24999\n");
        assertThat(result.deleted()).isEqualTo(6);
        assertThat(result.notFound()).isEqualTo(3);
    }

    @Test
    void errorsAndFailedStatusesAreReported() throws Exception {
        swift.server.stubFor(post(anyUrl()).willReturn(aResponse().withBody("  \n{\"Number Not Found\": 0, "
                + "\"Response Status\": \"400 Bad Request\", \"Errors\": [[\"/c/busy\", \"409 Conflict\"]], "
                + "\"Number Deleted\": 0}")));

        BulkDeleteHandle handle = swift.storage().bulkDeleteAsync("c", List.of("busy"));
        BulkDeleteResult result = handle.future().get(10, TimeUnit.SECONDS);

        assertThat(handle.completed()).isTrue();
        assertThat(handle.results()).isEqualTo(result);
        assertThat(result.status()).isEqualTo("400 Bad Request");
        assertThat(result.errors()).containsExactly(new BulkDeleteResult.Failure("/c/busy", "409 Conflict"));
        assertThat(result.succeeded()).isFalse();
    }

    @Test
    void nothingToDeleteSendsNothing() {
        assertThat(swift.storage().bulkDelete("c", List.of())).isEqualTo(BulkDeleteResult.empty());
        assertThat(swift.requests()).isEmpty();
    }
}
