package org.cloudsdk.http;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelPromise;
import io.netty.channel.IoEventLoop;
import io.netty.channel.IoEventLoopGroup;
import io.netty.channel.IoHandle;
import io.netty.channel.IoHandler;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.SingleThreadIoEventLoop;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.AbstractEventExecutorGroup;
import io.netty.util.concurrent.DefaultPromise;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocalThread;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ImmediateEventExecutor;
import io.netty.util.concurrent.Promise;
import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.NoopAddressResolver;
import reactor.core.scheduler.NonBlocking;
import reactor.netty.resources.LoopResources;
import reactor.netty.transport.NameResolverProvider;

/**
 * The SDK's event loops: epoll where Reactor Netty would use it, NIO elsewhere, on daemon threads
 * named after a prefix, stopped without listening to Netty's termination futures.
 *
 * <p>Why not Netty's {@code MultiThreadIoEventLoopGroup}: a Netty group listens to each loop's
 * termination future, and Netty notifies such listeners on its {@code GlobalEventExecutor}, whose
 * thread is not a daemon and lingers until its next one-second tick. A program that closed its
 * context and returned from {@code main} then took up to a second more to exit. Here nothing
 * listens: {@link #awaitTermination} waits on the loops themselves.
 */
final class SdkEventLoopGroup extends AbstractEventExecutorGroup implements IoEventLoopGroup {

    private final List<IoEventLoop> loops;
    private final AtomicInteger nextIndex = new AtomicInteger();
    /** completed by {@link #awaitTermination} for whoever asks; notified inline, on no Netty thread */
    private final Promise<Void> terminated = new DefaultPromise<>(ImmediateEventExecutor.INSTANCE);
    /** what Reactor Netty is given: it asks for client loops only, and never disposes what it was given */
    private final LoopResources resources = useNative -> this;
    /**
     * The name resolvers of these loops, Reactor Netty's kind (non-blocking DNS): its shared
     * default would listen to each loop's termination, which closing this group undoes.
     */
    private final AddressResolverGroup<?> resolver;
    /**
     * For clients whose requests go through a proxy, which resolves the names: a pass-through
     * group like Reactor Netty's, whose shared instance nothing closes, so that its listeners on
     * the loops' termination also end with this group.
     */
    private final AddressResolverGroup<SocketAddress> passThrough = new AddressResolverGroup<>() {
        @Override
        protected AddressResolver<SocketAddress> newResolver(EventExecutor executor) {
            return new NoopAddressResolver(executor);
        }
    };

    /**
     * @param threadPrefix the loop threads' names start with it
     * @param threads how many loops
     * @param preferNative epoll when Netty's native transport is available
     */
    SdkEventLoopGroup(String threadPrefix, int threads, boolean preferNative) {
        boolean epoll = preferNative && Epoll.isAvailable();
        IoHandlerFactory handlers = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        ThreadFactory threadFactory = threadFactory(threadPrefix + (epoll ? "-epoll-" : "-nio-"));
        List<IoEventLoop> created = new ArrayList<>(threads);
        for (int i = 0; i < threads; i++) {
            created.add(new SingleThreadIoEventLoop(this, threadFactory, handlers));
        }
        this.loops = Collections.unmodifiableList(created);
        this.resolver = NameResolverProvider.builder().build().newNameResolverGroup(resources, epoll);
    }

    /** @return loops for Reactor Netty's clients, as {@code LoopResources.create} would size them */
    static SdkEventLoopGroup forClients(String threadPrefix) {
        return new SdkEventLoopGroup(threadPrefix, LoopResources.DEFAULT_IO_WORKER_COUNT, LoopResources.DEFAULT_NATIVE);
    }

    /** @return this group as Reactor Netty's loop resources, the same object at every call */
    LoopResources resources() {
        return resources;
    }

    /** @return the name resolvers every client on these loops uses that resolves names itself */
    AddressResolverGroup<?> resolver() {
        return resolver;
    }

    /** @return the resolvers of clients that send every request through a proxy: they resolve nothing */
    AddressResolverGroup<?> passThroughResolver() {
        return passThrough;
    }

    /**
     * Closes the resolvers (which stops them listening to the loops' termination), then starts
     * stopping the loops; {@link #awaitTermination} waits for them.
     *
     * @param timeout how long the loops may take to finish their last tasks
     */
    void stop(Duration timeout) {
        resolver.close();
        passThrough.close();
        shutdownGracefully(0, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ThreadFactory threadFactory(String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new LoopThread(task, namePrefix + count.incrementAndGet());
            // a program that forgets to close its context must still be able to exit
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Non-blocking, so that a blocking call made on a loop is refused as on Reactor Netty's own. */
    private static final class LoopThread extends FastThreadLocalThread implements NonBlocking {

        LoopThread(Runnable task, String name) {
            super(task, name);
        }
    }

    @Override
    public IoEventLoop next() {
        return loops.get(Math.floorMod(nextIndex.getAndIncrement(), loops.size()));
    }

    @Override
    public Iterator<EventExecutor> iterator() {
        return Collections.<EventExecutor>unmodifiableList(loops).iterator();
    }

    @Override
    public ChannelFuture register(Channel channel) {
        return next().register(channel);
    }

    @Override
    public ChannelFuture register(ChannelPromise promise) {
        return next().register(promise);
    }

    @Override
    @Deprecated
    public ChannelFuture register(Channel channel, ChannelPromise promise) {
        return next().register(channel, promise);
    }

    @Override
    public Future<io.netty.channel.IoRegistration> register(IoHandle handle) {
        return next().register(handle);
    }

    @Override
    public boolean isCompatible(Class<? extends IoHandle> handleType) {
        return loops.get(0).isCompatible(handleType);
    }

    @Override
    public boolean isIoType(Class<? extends IoHandler> handlerType) {
        return loops.get(0).isIoType(handlerType);
    }

    @Override
    public boolean isShuttingDown() {
        return loops.stream().allMatch(EventExecutor::isShuttingDown);
    }

    @Override
    public Future<?> shutdownGracefully(long quietPeriod, long timeout, TimeUnit unit) {
        loops.forEach(loop -> loop.shutdownGracefully(quietPeriod, timeout, unit));
        return terminated;
    }

    @Override
    public Future<?> terminationFuture() {
        return terminated;
    }

    @Override
    @Deprecated
    public void shutdown() {
        shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean isShutdown() {
        return loops.stream().allMatch(EventExecutor::isShutdown);
    }

    @Override
    public boolean isTerminated() {
        return loops.stream().allMatch(EventExecutor::isTerminated);
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        for (EventExecutor loop : loops) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || !loop.awaitTermination(left, TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        terminated.trySuccess(null);
        return true;
    }
}
