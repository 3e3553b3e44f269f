package org.cloudsdk.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With a wrong password the sample still starts, and its health says the cloud is DOWN and why. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "cloud.password=not-the-password", "cloud.sync.jobs.sample.enabled=false" })
class SampleHealthDownIT {

    @LocalServerPort
    private int port;

    @Test
    void healthIsDownWithAWrongPassword() throws Exception {
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/actuator/health")).build(), BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body()).contains("\"status\":\"DOWN\"").contains("\"httpStatus\":401")
                .doesNotContain("not-the-password");
    }
}
