package com.example.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.junit.jupiter.api.Test;

class ToolTest {

    @Test
    void theStarterWithItsVersionBringsTheSdk() {
        ObjectStorageSettings settings = ObjectStorageSettings.builder().listingPageSize(100).build();
        try (CloudContext ctx = CloudContext.builder().configuration(CloudConfiguration.of(null, Map.of()))
                .environmentVariables(Map.of()).identityType("keystone").authEndpoint("http://127.0.0.1:9/v3")
                .username("demo").password("secret").tenantName("demo").region("RegionOne")
                .objectStorageSettings(settings).build()) {
            assertFalse(ctx.isAuthenticated());
            assertSame(ctx.objectStorage(), ctx.region("RegionOne").objectStorage());
            assertEquals(100, ctx.objectStorage().settings().listingPageSize());
        }
    }

    @Test
    void theSdkWorksWithoutTheOptionalKeychainLibraryAndKeyringAuthSaysWhatToAdd() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.github.javakeyring.Keyring"));
        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CloudContext.builder()
                .configuration(CloudConfiguration.of(null, Map.of())).environmentVariables(Map.of())
                .identityType("keystone").authEndpoint("http://127.0.0.1:9/v3").tenantName("demo")
                .keyringAuth("demo").build().authenticate());
        assertTrue(refused.getMessage().contains("com.github.javakeyring:java-keyring"), refused.getMessage());
    }
}
