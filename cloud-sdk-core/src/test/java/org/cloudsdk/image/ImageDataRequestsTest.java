package org.cloudsdk.image;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cloudsdk.image.GlanceStub.path;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;

import org.cloudsdk.errors.ChecksumMismatchException;
import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image data: uploads streamed from a file or a stream and checked against Glance's MD5,
 * downloads written through a temporary file and checked against the MD5 and the SHA-512 Glance
 * publishes (nothing left behind when they differ), and the interoperable import.
 */
class ImageDataRequestsTest {

    private static final String ID = "45908c7b-9cd0-4cb5-ab93-34c39d3b5000";

    private final GlanceStub glance = new GlanceStub();
    private final byte[] content = bytes(300_000);

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        glance.close();
    }

    private static byte[] bytes(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static String sha512(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    }

    private void stored(String checksum, String sha512) {
        glance.server.stubFor(get(urlEqualTo(path("/images/" + ID))).willReturn(okJson(
                GlanceFixtures.image(ID, "active", checksum, sha512))));
    }

    private void data(byte[] body) {
        glance.server.stubFor(get(urlEqualTo(path("/images/" + ID + "/file"))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/octet-stream").withBody(body)));
    }

    // ------------------------------------------------------------------ upload

    @Test
    void aFileIsPutAsOctetsAndCheckedAgainstGlancesMd5() throws IOException {
        Path file = Files.write(dir.resolve("disk.raw"), content);
        glance.server.stubFor(put(urlEqualTo(path("/images/" + ID + "/file"))).willReturn(aResponse().withStatus(204)));
        stored(Checksums.md5(content), null);

        Image image = glance.images().uploadData(ID, file);

        assertThat(image.checksum()).contains(Checksums.md5(content));
        glance.server.verify(putRequestedFor(urlEqualTo(path("/images/" + ID + "/file")))
                .withHeader("Content-Type", equalTo("application/octet-stream"))
                .withHeader("Content-Length", equalTo(String.valueOf(content.length)))
                .withRequestBody(binaryEqualTo(content)));
        assertThat(glance.log()).containsExactly("PUT " + path("/images/" + ID + "/file"), "GET " + path("/images/" + ID));
    }

    @Test
    void aStreamOfUnknownLengthIsSentChunked() {
        glance.server.stubFor(put(urlEqualTo(path("/images/" + ID + "/file"))).willReturn(aResponse().withStatus(204)));
        stored(Checksums.md5(content), null);

        glance.images().uploadData(ID, new ByteArrayInputStream(content), -1);

        glance.server.verify(putRequestedFor(urlEqualTo(path("/images/" + ID + "/file")))
                .withHeader("Transfer-Encoding", equalTo("chunked")).withRequestBody(binaryEqualTo(content)));
    }

    @Test
    void dataGlanceStoredDifferentlyIsAnUploadFailure() {
        glance.server.stubFor(put(urlEqualTo(path("/images/" + ID + "/file"))).willReturn(aResponse().withStatus(204)));
        stored("0123456789abcdef0123456789abcdef", null);

        assertThatThrownBy(() -> glance.images().uploadData(ID, new ByteArrayInputStream(content), content.length))
                .isInstanceOf(UploadFailedException.class)
                .hasMessage("image " + ID + ": Glance stored data of MD5 0123456789abcdef0123456789abcdef but "
                        + Checksums.md5(content) + " was sent");
    }

    @Test
    void createImageFromAFileDeletesTheImageWhenTheUploadFails() throws IOException {
        Path file = Files.write(dir.resolve("disk.raw"), content);
        glance.server.stubFor(post(urlEqualTo(path("/images"))).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(GlanceFixtures.image(ID, "queued", null, null))));
        glance.server.stubFor(put(urlEqualTo(path("/images/" + ID + "/file"))).willReturn(aResponse().withStatus(413)));
        glance.server.stubFor(delete(urlEqualTo(path("/images/" + ID))).willReturn(aResponse().withStatus(204)));

        assertThatThrownBy(() -> glance.images().createImage("web", file, ImageCreateOptions.builder().diskFormat("raw")
                .containerFormat("bare").build())).isInstanceOf(CloudException.class);

        glance.server.verify(deleteRequestedFor(urlEqualTo(path("/images/" + ID))));
    }

    @Test
    void aMissingFileIsRefusedBeforeAnyRequest() {
        assertThatThrownBy(() -> glance.images().createImage("web", dir.resolve("none.raw"), ImageCreateOptions.defaults()))
                .hasMessage("file must be an existing regular file, was " + dir.resolve("none.raw"));
        assertThatThrownBy(() -> glance.images().uploadData(ID, new ByteArrayInputStream(content), -2))
                .hasMessage("length must be 0 or more, or -1 when unknown, was -2");
        assertThatThrownBy(() -> glance.images().downloadData(ID, dir))
                .hasMessage("target must be a file, not the directory " + dir);
        assertThat(glance.requests()).isEmpty();
    }

    // ------------------------------------------------------------------ download

    @Test
    void aDownloadIsCheckedAgainstBothChecksumsAndMovedIntoPlace() throws Exception {
        stored(Checksums.md5(content), sha512(content));
        data(content);
        Path target = dir.resolve("copies/disk.raw");

        Path written = glance.images().get(ID).downloadData(target);

        assertThat(written).isEqualTo(target);
        assertThat(Files.readAllBytes(target)).isEqualTo(content);
        try (var files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aDamagedDownloadLeavesNothingBehind() throws Exception {
        stored(Checksums.md5(content), sha512(content));
        byte[] damaged = content.clone();
        damaged[1000] ^= 1;
        data(damaged);
        Path target = dir.resolve("disk.raw");

        assertThatThrownBy(() -> glance.images().downloadData(ID, target))
                .isInstanceOf(ChecksumMismatchException.class)
                .satisfies(e -> {
                    ChecksumMismatchException mismatch = (ChecksumMismatchException) e;
                    assertThat(mismatch.algorithm()).isEqualTo("md5");
                    assertThat(mismatch.expected()).isEqualTo(Checksums.md5(content));
                    assertThat(mismatch.actual()).isEqualTo(Checksums.md5(damaged));
                });
        try (var files = Files.list(dir)) {
            assertThat(files).as("neither the target nor a temporary file").isEmpty();
        }
    }

    @Test
    void theSha512IsCheckedEvenWhenTheMd5Matches() throws Exception {
        stored(Checksums.md5(content), sha512(new byte[] {1}));
        data(content);
        Path target = dir.resolve("disk.raw");
        Files.writeString(target, "an older copy");

        assertThatThrownBy(() -> glance.images().downloadData(ID, target))
                .isInstanceOf(ChecksumMismatchException.class)
                .satisfies(e -> assertThat(((ChecksumMismatchException) e).algorithm()).isEqualTo("sha512"));
        assertThat(Files.readString(target)).as("the existing file is left as it was").isEqualTo("an older copy");
    }

    @Test
    void anImageWithoutDataHasNothingToDownload() {
        glance.server.stubFor(get(urlEqualTo(path("/images/" + ID))).willReturn(okJson(
                GlanceFixtures.image(ID, "queued", null, null))));
        glance.server.stubFor(get(urlEqualTo(path("/images/" + ID + "/file"))).willReturn(aResponse().withStatus(204)));

        assertThatThrownBy(() -> glance.images().downloadData(ID, dir.resolve("none.raw")))
                .isInstanceOf(CloudException.class).hasMessage("image " + ID + " has no data to download (status queued)");
        assertThat(dir.resolve("none.raw")).doesNotExist();
    }

    // ------------------------------------------------------------------ interoperable import

    private void importInfo(String methods) {
        glance.server.stubFor(get(urlEqualTo(path("/info/import"))).willReturn(okJson("""
                {"import-methods": {"description": "Import methods available.", "type": "array", "value": [%s]}}"""
                .formatted(methods))));
    }

    @Test
    void importMethodsAreGlancesList() {
        importInfo("\"glance-direct\", \"web-download\"");

        assertThat(glance.images().importMethods()).containsExactly("glance-direct", "web-download");
    }

    @Test
    void aCloudWithoutTheImportOffersNoMethod() {
        glance.server.stubFor(get(urlEqualTo(path("/info/import"))).willReturn(aResponse().withStatus(404)));

        assertThat(glance.images().importMethods()).isEmpty();
    }

    @Test
    void glanceDirectStagesTheDataThenImportsIt() throws IOException {
        importInfo("\"glance-direct\", \"web-download\"");
        Path file = Files.write(dir.resolve("disk.raw"), content);
        glance.server.stubFor(put(urlEqualTo(path("/images/" + ID + "/stage"))).willReturn(aResponse().withStatus(204)));
        glance.server.stubFor(post(urlEqualTo(path("/images/" + ID + "/import"))).willReturn(aResponse().withStatus(202)));
        Images images = glance.images();

        images.stageData(ID, file);
        images.importImage(ID, ImageImport.glanceDirect());

        glance.server.verify(putRequestedFor(urlEqualTo(path("/images/" + ID + "/stage")))
                .withHeader("Content-Type", equalTo("application/octet-stream")).withRequestBody(binaryEqualTo(content)));
        glance.server.verify(postRequestedFor(urlEqualTo(path("/images/" + ID + "/import")))
                .withRequestBody(equalToJson("{\"method\": {\"name\": \"glance-direct\"}}")));
    }

    @Test
    void webDownloadGivesGlanceTheUrl() {
        importInfo("\"glance-direct\", \"web-download\"");
        glance.server.stubFor(post(urlEqualTo(path("/images/" + ID + "/import"))).willReturn(aResponse().withStatus(202)));
        URI tempUrl = URI.create("https://storage.example/v1/AUTH_demo/images/disk.raw?temp_url_sig=abc&temp_url_expires=1");

        glance.images().importImage(ID, ImageImport.webDownload(tempUrl));

        glance.server.verify(postRequestedFor(urlEqualTo(path("/images/" + ID + "/import"))).withRequestBody(equalToJson(
                "{\"method\": {\"name\": \"web-download\", \"uri\": \"" + tempUrl + "\"}}")));
        assertThat(ImageImport.webDownload(tempUrl)).as("the signature stays out of logs")
                .hasToString("ImageImport[web-download, https://storage.example/v1/AUTH_demo/images/disk.raw]");
    }

    @Test
    void aMethodTheCloudDoesNotOfferIsRefusedBeforeTheImport() {
        importInfo("\"glance-direct\"");

        assertThatThrownBy(() -> glance.images().importImage(ID, ImageImport.webDownload(URI.create("http://x/y"))))
                .isInstanceOf(CloudException.class)
                .hasMessage("image: this cloud does not offer the web-download import; it offers [glance-direct]");
        assertThat(glance.log()).containsExactly("GET " + path("/info/import"));
    }

    @Test
    void aWebDownloadNeedsAnHttpUrl() {
        assertThatThrownBy(() -> ImageImport.webDownload(URI.create("file:///etc/passwd")))
                .hasMessage("uri must be an absolute http or https URL, was file:///etc/passwd");
        assertThatThrownBy(() -> ImageImport.webDownload(URI.create("disk.raw")))
                .hasMessage("uri must be an absolute http or https URL, was disk.raw");
    }
}
