package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Temporary URLs used by a plain HTTP client, without credentials, on the real Swift. */
class TempUrlIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String previousKey;
    private final ObjectStorage storage = LocalSwift.storage();

    @BeforeAll
    static void key() {
        previousKey = LocalSwift.storage().getTempUrlKey();
        if (previousKey == null) {
            LocalSwift.storage().setTempUrlKey();
        }
    }

    @AfterAll
    static void restore() {
        if (previousKey == null) {
            LocalSwift.storage().removeAccountMetadataKey("Temp-Url-Key");
        }
    }

    @Test
    void getAndPutWorkUntilExpiryAndOnlyForTheirMethod() throws Exception {
        try (TestContainer c = TestContainer.create()) {
            String name = "photo é ü?#%+.jpg";
            storage.storeObject(c.name(), name, "pixels");
            assertThat(storage.getTempUrlKey()).isNotBlank();

            URI get = storage.getTempUrl(c.name(), name, Duration.ofSeconds(2), "GET");
            assertThat(get.getQuery()).contains("temp_url_sig=").contains("temp_url_expires=");
            HttpResponse<String> fetched = send(HttpRequest.newBuilder(get).GET());
            assertThat(fetched.statusCode()).isEqualTo(200);
            assertThat(fetched.body()).isEqualTo("pixels");

            assertThat(send(HttpRequest.newBuilder(get).PUT(HttpRequest.BodyPublishers.ofString("no"))).statusCode())
                    .isEqualTo(401);

            URI put = c.container().getTempUrl("upload/new file.txt", 2, "put");
            assertThat(send(HttpRequest.newBuilder(put).PUT(HttpRequest.BodyPublishers.ofString("uploaded")))
                    .statusCode()).isEqualTo(201);
            assertThat(storage.fetchObjectAsString(c.name(), "upload/new file.txt")).isEqualTo("uploaded");

            Thread.sleep(3100);
            assertThat(send(HttpRequest.newBuilder(get).GET()).statusCode()).isEqualTo(401);
            assertThat(send(HttpRequest.newBuilder(put).PUT(HttpRequest.BodyPublishers.ofString("late")))
                    .statusCode()).isEqualTo(401);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
