package org.cloudsdk.objectstorage;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Counts the bytes of one file as they are sent and passes them on to a running total, capped at
 * the file's size: when the transport retries, the file is sent again from the start, and the
 * total must not count it twice. Once the file is stored, {@link #complete()} tops the total up to
 * exactly the file's size; when it fails, {@link #retract()} takes back what it had added, so the
 * total is always the bytes of files stored or being stored.
 */
final class FileProgress implements TransferListener {

    private final long size;
    private final LongConsumer total;
    private final AtomicLong counted = new AtomicLong();

    /**
     * @param size the file's size
     * @param total receives every change of the running total (negative on {@link #retract()})
     */
    FileProgress(long size, LongConsumer total) {
        this.size = size;
        this.total = total;
    }

    @Override
    public void bytesTransferred(long bytes) {
        if (bytes <= 0) {
            return;
        }
        long before = counted.getAndUpdate(now -> Math.min(size, now + bytes));
        long added = Math.min(size, before + bytes) - before;
        if (added > 0) {
            total.accept(added);
        }
    }

    /** The file is stored: counts whatever the listener had not reported. */
    void complete() {
        long before = counted.getAndSet(size);
        if (size > before) {
            total.accept(size - before);
        }
    }

    /** The file was not stored: takes back what it had counted. */
    void retract() {
        long before = counted.getAndSet(0);
        if (before > 0) {
            total.accept(-before);
        }
    }
}
