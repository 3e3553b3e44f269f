package org.cloudsdk.paging;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The pages of a listing as a publisher that asks for a page only when its subscriber has demand
 * and no page is in flight: no read-ahead, and no operator nesting that grows with the number of
 * pages (a recursive {@code concatWith} would).
 */
final class PageFlux<T> {

    private final Listing<T> listing;
    private final FluxSink<Page<T>> sink;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean inFlight = new AtomicBoolean();
    private final Disposable.Swap current = Disposables.swap();
    private volatile Page<T> last;
    private volatile boolean done;

    private PageFlux(Listing<T> listing, FluxSink<Page<T>> sink) {
        this.listing = listing;
        this.sink = sink;
    }

    static <T> Flux<Page<T>> of(Listing<T> listing) {
        return Flux.create(sink -> {
            PageFlux<T> pages = new PageFlux<>(listing, sink);
            sink.onDispose(pages.current);
            sink.onRequest(n -> pages.pull());
        });
    }

    private void pull() {
        if (done || sink.isCancelled() || sink.requestedFromDownstream() == 0 || !inFlight.compareAndSet(false, true)) {
            return;
        }
        Page<T> previous = last;
        Cursor cursor;
        try {
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
        current.update(listing.fetch(cursor).subscribe(this::received, error -> {
            done = true;
            sink.error(error);
        }));
    }

    private void received(Page<T> page) {
        last = page;
        done = !page.hasNext();
        // still in flight while the page is delivered: a request made meanwhile must not fetch the next one early
        sink.next(page);
        if (done) {
            sink.complete();
            return;
        }
        inFlight.set(false);
        pull();
    }
}
