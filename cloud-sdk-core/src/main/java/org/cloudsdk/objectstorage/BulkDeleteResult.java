package org.cloudsdk.objectstorage;

import java.util.ArrayList;
import java.util.List;

/**
 * What a bulk delete did, pyrax's {@code bulk_delete()} dict. When the names were sent in several
 * requests, the counts and errors are summed and the status is the first that was not
 * {@code 2xx}, else the last.
 *
 * @param deleted how many objects were deleted
 * @param notFound how many names did not exist
 * @param status Swift's {@code Response Status}, such as {@code 200 OK}
 * @param errors the names that could not be deleted, with the status Swift gave each
 */
public record BulkDeleteResult(long deleted, long notFound, String status, List<Failure> errors) {

    /** Copies the errors. */
    public BulkDeleteResult {
        errors = List.copyOf(errors);
    }

    /** @return the result of deleting nothing */
    static BulkDeleteResult empty() {
        return new BulkDeleteResult(0, 0, "200 OK", List.of());
    }

    /** @return whether every batch answered 2xx and no name failed */
    public boolean succeeded() {
        return errors.isEmpty() && status != null && status.startsWith("2");
    }

    /**
     * @param next the result of a further batch
     * @return the two summed
     */
    BulkDeleteResult plus(BulkDeleteResult next) {
        List<Failure> all = new ArrayList<>(errors);
        all.addAll(next.errors);
        String summedStatus = status != null && !status.startsWith("2") ? status : next.status;
        return new BulkDeleteResult(deleted + next.deleted, notFound + next.notFound, summedStatus, all);
    }

    /**
     * A name that could not be deleted.
     *
     * @param name the {@code container/object} path as Swift reported it
     * @param status the status Swift gave it, such as {@code 409 Conflict}
     */
    public record Failure(String name, String status) {
    }
}
