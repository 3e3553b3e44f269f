package org.cloudsdk.paging;

import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The items of a listing as a publisher that fetches a page only when its subscriber asks for an
 * item beyond the page it has: no read-ahead (a flattening operator would ask for the next page as
 * soon as the last item of one is delivered), and no operator nesting that grows with the number
 * of pages (a recursive {@code concatWith} would). One drain loop at a time, guarded by a
 * work-in-progress counter, emits and decides what to fetch.
 */
final class ItemFlux<T> {

    private final Listing<T> listing;
    private final FluxSink<T> sink;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicInteger wip = new AtomicInteger();
    private final Disposable.Swap inFlight = Disposables.swap();
    private volatile Iterator<T> buffer = Collections.emptyIterator();
    private volatile @Nullable Page<T> last;
    private volatile boolean fetching;
    private volatile boolean done;

    private ItemFlux(Listing<T> listing, FluxSink<T> sink) {
        this.listing = listing;
        this.sink = sink;
    }

    static <T> Flux<T> of(Listing<T> listing) {
        return Flux.create(sink -> {
            ItemFlux<T> items = new ItemFlux<>(listing, sink);
            sink.onDispose(items.inFlight);
            sink.onRequest(n -> items.drain());
        });
    }

    private void drain() {
        if (wip.getAndIncrement() != 0) {
            return;
        }
        do {
            while (!done && !sink.isCancelled()) {
                if (buffer.hasNext()) {
                    if (sink.requestedFromDownstream() == 0) {
                        break;
                    }
                    sink.next(buffer.next());
                    continue;
                }
                Page<T> fetched = last;
                if (fetched != null && !fetched.hasNext()) {
                    done = true;
                    sink.complete();
                    break;
                }
                if (!fetching && sink.requestedFromDownstream() > 0) {
                    fetch();
                }
                break;
            }
        } while (wip.decrementAndGet() != 0);
    }

    private void fetch() {
        Cursor cursor;
        try {
            Page<T> previous = last;
            if (previous == null) {
                seen.add(listing.first().key());
                cursor = listing.first();
            } else {
                cursor = listing.checkedNext(previous, seen);
            }
        } catch (RuntimeException e) {
            done = true;
            sink.error(e);
            return;
        }
        fetching = true;
        inFlight.update(listing.fetch(cursor).subscribe(page -> {
            buffer = page.items().iterator();
            last = page;
            fetching = false;
            drain();
        }, error -> {
            done = true;
            sink.error(error);
        }));
    }
}
