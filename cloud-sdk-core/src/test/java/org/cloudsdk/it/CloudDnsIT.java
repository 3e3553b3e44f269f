package org.cloudsdk.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NoEndpointForServiceException;
import org.junit.jupiter.api.Test;

/**
 * Cloud DNS is Rackspace's API (catalog type {@code rax:dns}); the local cloud is stock OpenStack,
 * whose DNS, when it runs, is Designate under {@code dns}. The Cloud DNS client must never take
 * Designate's endpoint for its own: on this catalog it has none.
 */
class CloudDnsIT {

    @Test
    void theCloudDnsClientFindsNoEndpointOnAStockOpenStackCatalog() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            ctx.authenticate();

            assertThat(ctx.serviceCatalog().catalogTypes()).doesNotContain("rax:dns");
            // an authenticated context checks the catalog when it builds the client
            assertThatThrownBy(ctx::dns).isInstanceOf(NoEndpointForServiceException.class)
                    .hasMessageContaining("no dns (catalog type rax:dns)");
        }
    }
}
