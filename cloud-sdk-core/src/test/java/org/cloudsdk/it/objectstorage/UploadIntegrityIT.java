package org.cloudsdk.it.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.errors.NoSuchObjectException;
import org.cloudsdk.errors.UploadFailedException;
import org.cloudsdk.it.objectstorage.LocalSwift.TestContainer;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.objectstorage.StoreOptions;
import org.cloudsdk.util.Checksums;
import org.junit.jupiter.api.Test;

/** ETag checks, expiry and missing containers on the real Swift. */
class UploadIntegrityIT {

    private final ObjectStorage storage = LocalSwift.storage();

    @Test
    void matchingEtagStoresAndAMismatchStoresNothing() {
        try (TestContainer c = TestContainer.create()) {
            String text = "This is a random collection of words.";
            var stored = c.container().storeObject("new_object.txt", text,
                    StoreOptions.builder().etag(Checksums.md5(text)).build());
            assertThat(stored.etag()).isEqualTo(Checksums.md5(text));

            assertThatThrownBy(() -> storage.storeObject(c.name(), "bad.txt", text,
                    StoreOptions.builder().etag(Checksums.md5("something else")).build()))
                    .isInstanceOf(UploadFailedException.class)
                    .hasMessageContaining(Checksums.md5("something else"))
                    .hasMessageContaining(Checksums.md5(text))
                    .satisfies(e -> assertThat(((UploadFailedException) e).status()).isEqualTo(422));
            assertThatThrownBy(() -> storage.getObject(c.name(), "bad.txt"))
                    .isInstanceOf(NoSuchObjectException.class);
        }
    }

    @Test
    void objectWithTtlExpires() throws InterruptedException {
        try (TestContainer c = TestContainer.create()) {
            storage.storeObject(c.name(), "short-lived", "bye", StoreOptions.builder().ttl(Duration.ofSeconds(2)).build());
            assertThat(storage.fetchObjectAsString(c.name(), "short-lived")).isEqualTo("bye");

            Instant deadline = Instant.now().plusSeconds(15);
            boolean gone = false;
            while (!gone && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                try {
                    storage.fetchObject(c.name(), "short-lived");
                } catch (NoSuchObjectException expired) {
                    gone = true;
                }
            }
            assertThat(gone).as("object answers 404 after its ttl").isTrue();
        }
    }

    @Test
    void storingIntoAMissingContainerRaisesNoSuchContainer() {
        assertThatThrownBy(() -> storage.storeObject("it-missing-" + org.cloudsdk.util.Names.random(10), "x", "y"))
                .isInstanceOf(NoSuchContainerException.class).hasMessageContaining("it-missing-")
                .satisfies(e -> assertThat(((NoSuchContainerException) e).status()).isEqualTo(404));
        assertThatThrownBy(() -> storage.getContainer("it-missing-" + org.cloudsdk.util.Names.random(10)))
                .isInstanceOf(NoSuchContainerException.class);
    }
}
