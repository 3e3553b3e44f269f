package org.cloudsdk.benchmarks.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.cloudsdk.compute.DiskConfig;
import org.junit.jupiter.api.Test;

class JsonReadersTest {

    private static final byte[] PAGE = NovaStub.page("http://127.0.0.1:8774", 0, 50, 50, null)
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void everyReaderReadsEveryServerOfTheSameBytesToTheSameValues() {
        List<?> asListing = JsonReaders.sdkAsListing().read(PAGE);
        List<?> jackson = JsonReaders.jackson().read(PAGE);

        assertThat(asListing).hasSize(50);
        assertThat(jackson).hasSize(50);
        for (int i = 0; i < 50; i++) {
            ServerRecord sdk = (ServerRecord) asListing.get(i);
            JacksonServer plain = (JacksonServer) jackson.get(i);
            assertThat(sdk.id()).isEqualTo(plain.id()).isEqualTo(ServerJson.listedId(i));
            assertThat(sdk.name()).isEqualTo(plain.name()).isEqualTo("server-" + i);
            assertThat(sdk.created()).isEqualTo(plain.created()).isEqualTo(Instant.parse("2025-03-01T10:00:00Z"));
            assertThat(sdk.metadata()).isEqualTo(plain.metadata()).hasSize(4);
            assertThat(sdk.diskConfig()).isEqualTo(plain.diskConfig()).isEqualTo(DiskConfig.MANUAL);
            assertThat(sdk.powerState()).isEqualTo(plain.powerState()).isEqualTo(1);
            assertThat(sdk.taskState()).isNull();
            assertThat(plain.taskState()).isNull();
            assertThat(sdk.availabilityZone()).isEqualTo(plain.availabilityZone()).isEqualTo("nova");
            assertThat(sdk.flavor()).isEqualTo(plain.flavor());
            assertThat(sdk.addresses().get("private").get(1).addr())
                    .isEqualTo(plain.addresses().get("private").get(1).addr());
            assertThat(sdk.addresses().get("public").get(0).macAddress())
                    .isEqualTo(plain.addresses().get("public").get(0).macAddress());
        }
    }
}
