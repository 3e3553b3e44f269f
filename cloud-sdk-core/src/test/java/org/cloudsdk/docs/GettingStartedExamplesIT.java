package org.cloudsdk.docs;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.cloudsdk.CloudContext;
import org.cloudsdk.it.LocalCloud;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of {@code docs/getting-started.md} ({@link GettingStartedExamples}) against
 * the local Keystone and Swift of {@code scripts/local-cloud.sh}, whose endpoint, user and
 * password the guide names. Like an application, the examples read this machine's
 * {@code ~/.pyrax.cfg} and {@code CLOUD_*} variables; the guide's explicit settings win over them.
 */
class GettingStartedExamplesIT {

    private final GettingStartedExamples examples = new GettingStartedExamples();

    @Test
    void authenticatesWithKeystone() {
        assertThatCode(examples::authenticate).doesNotThrowAnyException();
    }

    @Test
    void buildsARackspaceContextWithoutSendingAnything() {
        assertThatCode(examples::rackspace).doesNotThrowAnyException();
    }

    @Test
    void buildsAnApplicationCredentialContext() {
        assertThatCode(() -> examples.applicationCredential(LocalCloud.get("appcred.id"), LocalCloud.get("appcred.secret")))
                .doesNotThrowAnyException();
    }

    @Test
    void usesTheRawClientOfObjectStorage() {
        try (CloudContext ctx = LocalCloud.demo().build()) {
            assertThatCode(() -> examples.useAService(ctx)).doesNotThrowAnyException();
        }
    }
}
