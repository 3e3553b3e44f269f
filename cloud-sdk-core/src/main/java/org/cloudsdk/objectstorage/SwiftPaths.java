package org.cloudsdk.objectstorage;

/** The path templates of Swift's API, below the account's storage URL. */
final class SwiftPaths {

    /** a container */
    static final String CONTAINER = "/{container}";
    /** an object in a container */
    static final String OBJECT = "/{container}/{object}";

    private SwiftPaths() {
    }
}
