package org.cloudsdk.queue;

import java.net.URI;
import java.util.Locale;

/**
 * The wire version an endpoint serves, read from its catalog URL: Rackspace Cloud Queues lists
 * {@code https://<region>.queues.api.rackspacecloud.com/v1/<tenant>} under {@code rax:queues};
 * Zaqar lists its root ({@code http://host:8888}) or {@code .../v2} under {@code messaging}.
 *
 * @param zaqar true for Zaqar v2, false for Cloud Queues v1
 * @param prefix what goes between the endpoint and {@code /queues} ({@code /v2} for a root)
 */
record QueueApi(boolean zaqar, String prefix) {

    static QueueApi of(String endpointUrl) {
        String path = URI.create(endpointUrl).getPath();
        String lower = path == null ? "" : path.toLowerCase(Locale.ROOT);
        if (lower.matches(".*/v1(/.*)?")) {
            return new QueueApi(false, "");
        }
        if (lower.matches(".*/v2/?")) {
            return new QueueApi(true, "");
        }
        return new QueueApi(true, "/v2");
    }

    /** @return {@code v1} or {@code v2} */
    String version() {
        return zaqar ? "v2" : "v1";
    }

    String path(String relative) {
        return prefix + relative;
    }
}
