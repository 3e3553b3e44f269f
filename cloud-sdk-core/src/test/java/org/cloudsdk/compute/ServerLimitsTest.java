package org.cloudsdk.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every limit of the chapter (and of Nova) is checked before any request, with an
 * {@link IllegalArgumentException} naming the parameter: the stub, which would answer
 * anything, must not have been asked anything, not even its version document.
 */
class ServerLimitsTest {

    private final NovaStub nova = new NovaStub().microversions("2.93");
    private final Compute compute = nova.compute();

    @AfterEach
    void close() {
        nova.close();
    }

    /** Asserts the call is refused with a message holding each fragment, and that nothing was sent. */
    private void refused(ThrowingCallable call, String... fragments) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(fragments));
        assertThat(nova.requests()).as("requests sent before the refusal").isEmpty();
    }

    private static Map<String, String> pairs(int count) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 1; i <= count; i++) {
            pairs.put("key" + i, "value" + i);
        }
        return pairs;
    }

    private static String chars(int count) {
        return "x".repeat(count);
    }

    // ------------------------------------------------------------------ metadata

    @Test
    void metadataHoldsAtMostFivePairsWhenCreatingOrRebuilding() {
        assertThat(ServerCreateOptions.builder().metadata(pairs(5)).build().metadata()).hasSize(5);
        refused(() -> compute.createServer("s", "i", "f", ServerCreateOptions.builder().metadata(pairs(6)).build()),
                "metadata", "at most 5 pairs", "was 6");
        refused(() -> compute.rebuild("s", "i", RebuildOptions.builder().metadata(pairs(6)).build()),
                "metadata", "at most 5 pairs");
    }

    @Test
    void metadataKeysAndValuesAreStringsOfAtMost255Characters() {
        refused(() -> ServerCreateOptions.builder().metadata(Map.of(chars(256), "v")).build(), "metadata keys",
                "1 to 255 characters", "256");
        refused(() -> ServerCreateOptions.builder().metadata(Map.of("", "v")).build(), "metadata keys");
        refused(() -> ServerCreateOptions.builder().metadata(Map.of("k", chars(256))).build(), "metadata value of 'k'",
                "at most 255");
        Map<String, String> nullValue = new LinkedHashMap<>();
        nullValue.put("k", null);
        refused(() -> ServerCreateOptions.builder().metadata(nullValue).build(), "metadata value of 'k'", "null");
        refused(() -> compute.setServerMetadata("s", Map.of("k", chars(256))), "metadata value of 'k'");
        refused(() -> compute.setServerMetadata("s", nullValue), "metadata value of 'k'");
        refused(() -> compute.createImage("s", "image", Map.of(chars(256), "v")), "metadata keys");
    }

    // ------------------------------------------------------------------ files

    @Test
    void atMostFiveFiles() {
        ServerCreateOptions.Builder six = ServerCreateOptions.builder();
        for (int i = 1; i <= 6; i++) {
            six.file("/root/f" + i, "x");
        }
        refused(six::build, "files", "at most 5 files", "was 6");
        RebuildOptions.Builder rebuildSix = RebuildOptions.builder();
        for (int i = 1; i <= 6; i++) {
            rebuildSix.file("/root/f" + i, "x");
        }
        refused(rebuildSix::build, "files", "at most 5 files");
    }

    @Test
    void atMost2048BytesInAllCountedAsUtf8() {
        // 2048 bytes exactly are accepted
        assertThat(ServerCreateOptions.builder().file("/a", chars(1024)).file("/b", chars(1024)).build().files()).hasSize(2);
        refused(() -> ServerCreateOptions.builder().file("/a", chars(1024)).file("/b", chars(1025)).build(),
                "files", "at most 2048 bytes in all", "were 2049");
        // 1024 two-byte characters are 2048 bytes; one more ASCII byte is too many
        refused(() -> ServerCreateOptions.builder().file("/a", "é".repeat(1024) + "x").build(), "files", "2049");
        refused(() -> RebuildOptions.builder().file("/a", chars(2049)).build(), "files", "2048 bytes");
    }

    @Test
    void pathsAreAbsolute() {
        refused(() -> ServerCreateOptions.builder().file("root/testfile", "x").build(), "files",
                "'root/testfile' must be absolute");
        refused(() -> RebuildOptions.builder().file("testfile", "x").build(), "files", "must be absolute");
        refused(() -> ServerCreateOptions.builder().file("/" + chars(255), "x").build(), "files", "at most 255 bytes");
    }

    @Test
    void binaryContentIsRefused() {
        refused(() -> ServerCreateOptions.builder().file("/root/bin", "ab\0cd").build(), "files", "/root/bin",
                "binary", "NUL");
    }

    @Test
    void aLocalFileMustBeUtf8Text(@TempDir Path dir) throws IOException {
        Path binary = Files.write(dir.resolve("image.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xFF, (byte) 0xFE});
        Path text = Files.writeString(dir.resolve("motd"), "héllo\n", StandardCharsets.UTF_8);

        assertThat(ServerCreateOptions.builder().file("/etc/motd", text).build().files())
                .containsEntry("/etc/motd", "héllo\n");
        refused(() -> ServerCreateOptions.builder().file("/root/image.png", binary), "files", "image.png",
                "not UTF-8 text");
    }

    // ------------------------------------------------------------------ names and ids

    @Test
    void namesAreOneTo255Characters() {
        String longest = chars(255);
        String tooLong = chars(256);
        refused(() -> compute.createServer(tooLong, "i", "f"), "name", "at most 255 characters", "was 256");
        refused(() -> compute.createServer(" ", "i", "f"), "name", "must not be blank");
        refused(() -> compute.createImage("s", tooLong, Map.of()), "name", "at most 255");
        refused(() -> compute.createKeypair(tooLong), "name", "at most 255");
        refused(() -> compute.createKeypair("", NovaFixtures.PUBLIC_KEY), "name", "blank");
        refused(() -> RebuildOptions.builder().name(tooLong).build(), "name", "at most 255");
        assertThat(RebuildOptions.builder().name(longest).build().name()).contains(longest);
    }

    @Test
    void idsMustNotBeBlank() {
        refused(() -> compute.getServer(""), "serverId", "blank");
        refused(() -> compute.deleteServer(" "), "serverId");
        refused(() -> compute.createServer("s", "", "f"), "imageId");
        refused(() -> compute.createServer("s", "i", " "), "flavorId");
        refused(() -> compute.resize("s", ""), "flavorId");
        refused(() -> compute.resize("", "f"), "serverId");
        refused(() -> compute.confirmResize(""), "serverId");
        refused(() -> compute.revertResize("\t"), "serverId");
        refused(() -> compute.reboot("", RebootType.SOFT), "serverId");
        refused(() -> compute.resetState("", ServerState.ACTIVE), "serverId");
        refused(() -> compute.changePassword("", "p"), "serverId");
        refused(() -> compute.rebuild("", "i", RebuildOptions.defaults()), "serverId");
        refused(() -> compute.rebuild("s", "", RebuildOptions.defaults()), "imageId");
        refused(() -> compute.createImage("", "n", Map.of()), "serverId");
        refused(() -> compute.getServerMetadata(""), "serverId");
        refused(() -> compute.setServerMetadata("", Map.of()), "serverId");
        refused(() -> compute.deleteServerMetadata("s", List.of("ok", " ")), "key", "blank");
        refused(() -> compute.getFlavor(""), "flavorId");
        refused(() -> compute.getImage(""), "imageId");
        refused(() -> compute.deleteImage(" "), "imageId");
        refused(() -> compute.findServer(""), "name");
        refused(() -> compute.findFlavor(""), "name");
        refused(() -> compute.findImage(""), "name");
        refused(() -> compute.getKeypair(""), "name");
        refused(() -> compute.deleteKeypair(""), "name");
        refused(() -> compute.createKeypair("k", " "), "publicKey");
    }

    // ------------------------------------------------------------------ everything else

    @Test
    void ramIsAtLeastOneMegabyte() {
        refused(() -> compute.findFlavorByRam(0), "ram", "1 MB or more", "was 0");
        refused(() -> compute.findFlavorByRam(-512), "ram");
    }

    @Test
    void listingBoundsAreChecked() {
        refused(() -> ServerListOptions.builder().pageSize(0), "pageSize", "1 to 1000", "was 0");
        refused(() -> ServerListOptions.builder().pageSize(1001), "pageSize", "was 1001");
        refused(() -> ServerListOptions.builder().limit(0), "limit", "1 or more");
        assertThat(ServerListOptions.builder().pageSize(1).pageSize(1000).limit(1).build().pageSize()).contains(1000);
    }

    @Test
    void thePasswordIsNotEmpty() {
        refused(() -> compute.changePassword("s", ""), "password", "empty");
    }

    @Test
    void userDataIsAtMost64KbOnceEncoded() {
        // 49,152 bytes encode to exactly 65,536 characters: one too many
        refused(() -> ServerCreateOptions.builder().userData(chars(49152)).build(), "userData", "65535", "65536");
        assertThat(ServerCreateOptions.builder().userData(chars(49149)).build().userData()).isPresent();
    }

    @Test
    void networkAttachmentsNameANetworkOrAPort() {
        refused(() -> new NetworkAttachment(null, null, null), "networkId or portId", "neither");
        refused(() -> new NetworkAttachment("net", null, "port"), "networkId or portId", "both");
        refused(() -> new NetworkAttachment(null, "10.0.0.5", "port"), "fixedIp needs a networkId");
        refused(() -> NetworkAttachment.network(" "), "networkId");
        refused(() -> NetworkAttachment.network("net", ""), "fixedIp");
        refused(() -> NetworkAttachment.port(""), "portId");
    }

    @Test
    void aKeyNameAndSecurityGroupsAreNamesNotBlanks() {
        refused(() -> ServerCreateOptions.builder().keyName(" "), "keyName", "blank");
        refused(() -> ServerCreateOptions.builder().securityGroups(java.util.List.of("web", "")), "securityGroups");
    }

    @Test
    void anUnknownDiskConfigurationCannotBeAskedFor() {
        refused(() -> ServerCreateOptions.builder().diskConfig(DiskConfig.UNKNOWN), "diskConfig", "AUTO or MANUAL");
        refused(() -> RebuildOptions.builder().diskConfig(DiskConfig.UNKNOWN), "diskConfig");
    }
}
