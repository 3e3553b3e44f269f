package org.cloudsdk.objectstorage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Bytes of one file counted into a running total: capped, topped up, retracted. */
class FileProgressTest {

    private final AtomicLong total = new AtomicLong();
    private final FileProgress progress = new FileProgress(100, total::addAndGet);

    @Test
    void countsAsSentAndTopsUpToTheSizeWhenStored() {
        progress.bytesTransferred(30);
        progress.bytesTransferred(20);
        assertThat(total).hasValue(50);

        progress.complete();
        assertThat(total).hasValue(100);
    }

    @Test
    void aRetryTakesBackTheFailedAttemptsBytes() {
        progress.bytesTransferred(80);
        progress.bytesTransferred(-80);
        assertThat(total).hasValue(0);
        progress.bytesTransferred(100);
        progress.complete();
        assertThat(total).hasValue(100);
    }

    @Test
    void aFileThatGrewSinceItWasMeasuredCountsNoMoreThanItsMeasuredSize() {
        progress.bytesTransferred(80);
        progress.bytesTransferred(80);
        assertThat(total).hasValue(100);
        progress.bytesTransferred(-160);
        assertThat(total).hasValue(0);
    }

    @Test
    void aFailedFileTakesBackWhatItCounted() {
        total.set(1000);
        progress.bytesTransferred(60);
        progress.retract();
        assertThat(total).hasValue(1000);
    }
}
