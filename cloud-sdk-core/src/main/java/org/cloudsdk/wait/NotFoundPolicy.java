package org.cloudsdk.wait;

/** What a wait does when a poll answers 404 (the resource no longer exists). */
public enum NotFoundPolicy {

    /**
     * The wait fails with the poll's {@link org.cloudsdk.errors.NotFoundException}: the resource
     * was deleted while something waited for it to become ready.
     */
    FAIL,

    /**
     * The wait succeeds with the last snapshot seen before the resource disappeared: waiting for
     * a deletion (Nova answers 404 once a deleted server is gone, which may be before its status
     * is ever seen as {@code DELETED}).
     */
    SUCCEED
}
