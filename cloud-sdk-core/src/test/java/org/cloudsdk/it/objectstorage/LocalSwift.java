package org.cloudsdk.it.objectstorage;

import org.cloudsdk.CloudContext;
import org.cloudsdk.errors.NoSuchContainerException;
import org.cloudsdk.it.LocalCloud;
import org.cloudsdk.objectstorage.Container;
import org.cloudsdk.objectstorage.ObjectStorage;
import org.cloudsdk.util.Names;

/**
 * The object storage of the demo project on the real local Swift, shared by the object storage
 * integration tests (the context is thread-safe), and throw-away containers for them.
 */
final class LocalSwift {

    private static final CloudContext CONTEXT = LocalCloud.demo().build();

    private LocalSwift() {
    }

    /** @return the demo project's object storage */
    static ObjectStorage storage() {
        return CONTEXT.objectStorage();
    }

    /**
     * A container with a random name, deleted with its objects when closed, and so is the segment
     * container a large upload into it made (Swift keeps it, emptied, when the manifests go).
     */
    record TestContainer(ObjectStorage storage, Container container) implements AutoCloseable {

        /** @return a new container on the shared client */
        static TestContainer create() {
            return create(LocalSwift.storage());
        }

        /** @param storage the client @return a new container */
        static TestContainer create(ObjectStorage storage) {
            return new TestContainer(storage, storage.createContainer("it-" + Names.random(12)));
        }

        /** @return its name */
        String name() {
            return container.name();
        }

        @Override
        public void close() {
            storage.deleteContainer(container.name(), true);
            try {
                storage.deleteContainer(container.name() + "_segments", true);
            } catch (NoSuchContainerException noLargeUpload) {
                // nothing was segmented
            }
        }
    }
}
