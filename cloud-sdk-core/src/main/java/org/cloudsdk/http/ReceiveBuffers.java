package org.cloudsdk.http;

import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.netty.channel.AdaptiveRecvByteBufAllocator;
import io.netty.channel.ChannelOption;
import reactor.netty.http.client.HttpClient;

/**
 * How response bodies come off the socket: into buffers of the pooled allocator, in reads of up to
 * 256 KiB, passed on as read. What a 1 GiB download costs beyond its MD5 and its disk writes is
 * per buffer (a hand-off to the writer's thread, a release, a file write, a trip through the
 * decoder and Reactor's operators), so fewer, larger buffers are cheaper at every step.
 */
final class ReceiveBuffers {

    /**
     * Netty's adaptive guess of the next read starts here and grows while reads fill their buffer:
     * a small JSON answer still lands in a small buffer, a body streams in large ones.
     */
    private static final int FIRST_READ = 2048;
    private static final int SMALLEST_READ = 64;
    /**
     * Netty's own limit (64 KiB) made a 1 GiB download 16,400 reads and as many buffers; at
     * 256 KiB it is about 4,000 (how many depends on what the kernel has received). A download
     * holds up to 32 buffers for its writer, so at most 8 MiB whatever the object's size.
     */
    static final int LARGEST_READ = 256 * 1024;
    /**
     * The HTTP decoder's default (8 KiB) cut every read into 8 KiB slices; the slices are views of
     * the read buffer either way, so a limit above the largest read costs no memory and lets
     * bodies arrive as read.
     */
    private static final int MAX_BODY_PIECE = 1 << 20;
    /** The system property that chooses Netty's allocator; a user who sets it keeps that choice. */
    static final String NETTY_ALLOCATOR_PROPERTY = "io.netty.allocator.type";

    private ReceiveBuffers() {
    }

    /**
     * @param http a client
     * @return the client, reading as described above
     */
    static HttpClient apply(HttpClient http) {
        return http.option(ChannelOption.ALLOCATOR, allocator())
                .option(ChannelOption.RCVBUF_ALLOCATOR,
                        new AdaptiveRecvByteBufAllocator(SMALLEST_READ, FIRST_READ, LARGEST_READ))
                .httpResponseDecoder(spec -> spec.maxChunkSize(MAX_BODY_PIECE));
    }

    /**
     * The pooled allocator unless the user chose one. Netty 4.2's default, the adaptive allocator,
     * gave memory back to the system about once per socket read of a download (18,400 times for
     * 1 GiB in 64 KiB reads, 7,000-9,000 in reads of up to 256 KiB). On JDK 24 and later Netty
     * frees direct memory by closing a shared memory arena, a handshake that stops every thread of
     * the JVM: on JDK 25 that was 0.8 s of CPU per GiB. The pooled allocator keeps its chunks, so
     * the same download frees memory about 50 times.
     */
    static ByteBufAllocator allocator() {
        return System.getProperty(NETTY_ALLOCATOR_PROPERTY) != null ? ByteBufAllocator.DEFAULT
                : PooledByteBufAllocator.DEFAULT;
    }
}
