package com.example.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;

import org.cloudsdk.CloudContext;
import org.cloudsdk.config.CloudConfiguration;
import org.cloudsdk.objectstorage.ObjectStorageSettings;
import org.junit.jupiter.api.Test;

class ToolTest {

    @Test
    void theStarterWithItsVersionBringsTheSdk() {
        ObjectStorageSettings settings = ObjectStorageSettings.defaults().withListingPageSize(100);
        try (CloudContext ctx = CloudContext.builder().configuration(CloudConfiguration.of(null, Map.of()))
                .environmentVariables(Map.of()).identityType("keystone").authEndpoint("http://127.0.0.1:9/v3")
                .username("demo").password("secret").tenantName("demo").region("RegionOne")
                .objectStorageSettings(settings).build()) {
            assertFalse(ctx.isAuthenticated());
            assertSame(ctx.objectStorage(), ctx.region("RegionOne").objectStorage());
            assertEquals(100, ctx.objectStorage().settings().listingPageSize());
        }
    }
}
