package org.cloudsdk.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.ChannelOption;
import io.netty.channel.RecvByteBufAllocator;
import reactor.netty.http.client.HttpClient;

class ReceiveBuffersTest {

    @Test
    void readsStartSmallAndGrowWhileTheyFillTheirBufferUpTo256KiB() {
        RecvByteBufAllocator reads = (RecvByteBufAllocator) ReceiveBuffers.apply(HttpClient.create())
                .configuration().options().get(ChannelOption.RCVBUF_ALLOCATOR);
        RecvByteBufAllocator.Handle handle = reads.newHandle();

        assertThat(handle.guess()).isEqualTo(2048);
        int largest = 0;
        for (int i = 0; i < 50; i++) {
            handle.reset(null);
            handle.lastBytesRead(handle.guess());
            handle.readComplete();
            largest = Math.max(largest, handle.guess());
        }
        assertThat(largest).isEqualTo(ReceiveBuffers.LARGEST_READ).isEqualTo(256 * 1024);
    }

    @Test
    void buffersComeFromThePooledAllocatorUnlessTheUserChoseOne() {
        String before = System.getProperty(ReceiveBuffers.NETTY_ALLOCATOR_PROPERTY);
        try {
            System.clearProperty(ReceiveBuffers.NETTY_ALLOCATOR_PROPERTY);
            assertThat(ReceiveBuffers.apply(HttpClient.create()).configuration().options().get(ChannelOption.ALLOCATOR))
                    .isSameAs(PooledByteBufAllocator.DEFAULT);

            System.setProperty(ReceiveBuffers.NETTY_ALLOCATOR_PROPERTY, "adaptive");
            assertThat(ReceiveBuffers.allocator()).isSameAs(ByteBufAllocator.DEFAULT);
        } finally {
            if (before == null) {
                System.clearProperty(ReceiveBuffers.NETTY_ALLOCATOR_PROPERTY);
            } else {
                System.setProperty(ReceiveBuffers.NETTY_ALLOCATOR_PROPERTY, before);
            }
        }
    }
}
