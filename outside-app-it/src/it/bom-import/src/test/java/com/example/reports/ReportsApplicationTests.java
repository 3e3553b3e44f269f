package com.example.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.cloudsdk.CloudContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

// port 9 (discard) on loopback: nothing answers, and starting the application must not ask
@SpringBootTest(properties = { "cloud.identity-type=keystone", "cloud.auth-endpoint=http://127.0.0.1:9/v3",
    "cloud.region=RegionOne", "cloud.username=demo", "cloud.password=secret", "cloud.tenant-name=demo",
    "cloud.object-storage.listing-page-size=250" })
class ReportsApplicationTests {

    @Autowired
    ReportsApplication.Reports reports;

    @Autowired
    CloudContext cloudContext;

    @Test
    void theStarterFromTheBomWiresTheClientsWithoutCallingTheCloud() {
        assertThat(cloudContext.isAuthenticated()).isFalse();
        assertThat(reports.storage()).isSameAs(cloudContext.objectStorage());
        assertThat(reports.clients().environment("default").region("RegionOne").objectStorage().settings()
                .listingPageSize()).isEqualTo(250);
    }
}
