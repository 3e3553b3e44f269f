package org.cloudsdk.objectstorage;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Counts the bytes of one file as they are sent and passes them on to a running total, kept
 * between 0 and the file's size: the upload reports a retry's take-back as a negative value, and
 * the file may have grown since it was measured. Once the file is stored, {@link #complete()} sets
 * its share of the total to exactly the size that was counted in the folder's total; when it
 * fails, {@link #retract()} takes its share back, so the total is always the bytes of files stored
 * or being stored.
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
        long before = counted.getAndUpdate(now -> clamp(now + bytes));
        long change = clamp(before + bytes) - before;
        if (change != 0) {
            total.accept(change);
        }
    }

    /** The file is stored: its share becomes its size. */
    void complete() {
        long before = counted.getAndSet(size);
        if (size != before) {
            total.accept(size - before);
        }
    }

    private long clamp(long value) {
        return Math.max(0, Math.min(size, value));
    }

    /** The file was not stored: takes back what it had counted. */
    void retract() {
        long before = counted.getAndSet(0);
        if (before > 0) {
            total.accept(-before);
        }
    }
}
