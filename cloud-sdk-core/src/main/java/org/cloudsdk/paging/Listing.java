package org.cloudsdk.paging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.cloudsdk.errors.CloudException;
import org.cloudsdk.errors.ErrorDetails;
import org.cloudsdk.errors.NotFoundException;
import org.cloudsdk.http.ApiRequest;
import org.cloudsdk.http.ApiResponse;
import org.cloudsdk.http.ErrorMapper;
import org.cloudsdk.http.ServiceClient;
import org.cloudsdk.http.Transport;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import tools.jackson.databind.JsonNode;

/**
 * Every item of a service's listing, fetched one page at a time and only when iteration reaches
 * that page: memory stays at one page however long the listing is, and a {@code stream().limit(n)}
 * or a loop that breaks early asks for no page it does not need. Each {@link #iterator()},
 * {@link #stream()}, {@link #pages()} and {@link #flux()} starts again from the first page.
 *
 * <p>A service declares a listing in a few lines: the request, where the items are in the JSON,
 * how one item is read, and the service's {@link PagingScheme}:
 *
 * <pre>{@code
 * Listing<Server> servers = Listing.builder(client, "list_servers", PagingScheme.nextLink(),
 *         json -> JsonModels.read(json, Server.class))
 *         .path("/servers/detail").items("servers").query("status", status).limit(limit).build();
 * }</pre>
 *
 * <p>A listing ends on an empty page or when the server gives no further link or marker, never
 * on a page shorter than the limit (clusters cap pages below the size asked for). A next link or
 * marker that the iteration has already followed ends it with a {@link CloudException} naming the
 * service and the link, instead of looping forever.
 *
 * <p>Immutable and thread-safe; the iterators it hands out are not (one thread iterates each).
 *
 * @param <T> the item type
 */
public final class Listing<T> implements Iterable<T> {

    private final ServiceClient client;
    private final String operation;
    private final PagingScheme scheme;
    /** Reads one item from a JSON tree; null when an {@link ItemsReader} reads whole pages. */
    private final @Nullable Function<? super JsonNode, ? extends T> mapper;
    private final @Nullable ItemsReader<T> reader;
    private final String pathTemplate;
    private final Object[] pathVariables;
    private final String expandedPath;
    private final List<Map.Entry<String, String>> query;
    private final List<Map.Entry<String, String>> headers;
    private final @Nullable String itemsField;
    private final boolean notFoundAsEmpty;
    private final boolean noContentAsEmpty;
    private final @Nullable String countHeader;
    private final Cursor first;
    private final ErrorDetails details;

    private Listing(Builder<T> b) {
        this.client = b.client;
        this.operation = b.operation;
        this.scheme = b.scheme;
        this.mapper = b.mapper;
        this.reader = b.reader;
        this.pathTemplate = b.pathTemplate;
        this.pathVariables = b.pathVariables.clone();
        this.expandedPath = expand(b.pathTemplate, b.pathVariables);
        this.query = List.copyOf(b.query);
        this.headers = List.copyOf(b.headers);
        this.itemsField = b.itemsField;
        this.notFoundAsEmpty = b.notFoundAsEmpty;
        this.noContentAsEmpty = b.noContentAsEmpty;
        // the count is of the whole collection: it says where a listing ends only if it started at the beginning
        this.countHeader = b.marker == null ? b.countHeader : null;
        this.first = scheme.first(b.limit, b.marker, b.offset);
        this.details = ErrorDetails.of(client.service(), operation);
    }

    /**
     * Starts a listing of a GET request on a service client.
     *
     * @param client the service's client (endpoint, token, transport)
     * @param operation the operation name, as errors, logs and metrics name it ({@code list_servers})
     * @param scheme how the service pages
     * @param mapper reads one item from its JSON; must not return null
     * @param <T> the item type
     * @return a builder
     */
    public static <T> Builder<T> builder(ServiceClient client, String operation, PagingScheme scheme,
            Function<? super JsonNode, ? extends T> mapper) {
        return new Builder<>(client, operation, scheme, Objects.requireNonNull(mapper, "mapper must not be null"),
                null);
    }

    /**
     * Starts a listing of a GET request whose pages are top-level JSON arrays read by an
     * {@link ItemsReader} instead of item by item from a JSON tree; the scheme must be
     * {@link PagingScheme#limitMarker()} (the reader gives the marker) and the builder takes no
     * {@link Builder#items(String)} field.
     *
     * @param client the service's client (endpoint, token, transport)
     * @param operation the operation name, as errors, logs and metrics name it ({@code list_objects})
     * @param scheme a limit + marker scheme (its maximum page size applies)
     * @param reader reads a page's items and the marker after the last one
     * @param <T> the item type
     * @return a builder
     */
    public static <T> Builder<T> builder(ServiceClient client, String operation, PagingScheme scheme,
            ItemsReader<T> reader) {
        return new Builder<>(client, operation, scheme, null, Objects.requireNonNull(reader,
                "reader must not be null"));
    }

    /** @return the items, fetching each page when iteration reaches it */
    @Override
    public Iterator<T> iterator() {
        Iterator<Page<T>> pages = new PageIterator();
        return new Iterator<>() {
            private Iterator<T> page = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!page.hasNext() && pages.hasNext()) {
                    page = pages.next().items().iterator();
                }
                return page.hasNext();
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more items in " + describe());
                }
                return page.next();
            }
        };
    }

    /** @return the items as a lazy sequential stream: a page is fetched when the stream reaches it */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }

    /** @return the pages as a lazy sequential stream, the last one empty unless the server said it was the last */
    public Stream<Page<T>> pages() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator(), Spliterator.ORDERED
                | Spliterator.NONNULL), false);
    }

    /**
     * Fetches the first page, for callers that page explicitly ({@link Page#nextPage()},
     * {@link Page#previousPage()}).
     *
     * @return the first page (the one at the listing's marker or offset)
     */
    public Page<T> firstPage() {
        return Transport.blockValue(firstPageAsync());
    }

    /** @return the first page, fetched when subscribed */
    public Mono<Page<T>> firstPageAsync() {
        return fetch(first);
    }

    /**
     * The items as a reactive stream: a page is asked for only when the subscriber asks for an
     * item beyond those already fetched (no read-ahead), so {@code take(n)}, a slow subscriber and
     * cancellation stop the fetching.
     *
     * @return the items
     */
    public Flux<T> flux() {
        return ItemFlux.of(this);
    }

    /** @return the scheme this listing pages with */
    public PagingScheme scheme() {
        return scheme;
    }

    Cursor first() {
        return first;
    }

    ErrorDetails details() {
        return details;
    }

    String describe() {
        return "the " + client.service() + "." + operation + " listing";
    }

    Mono<Page<T>> fetch(Cursor cursor) {
        Mono<Page<T>> page = Mono.defer(() -> client.exchange(request(cursor))).map(response -> read(cursor, response));
        if (notFoundAsEmpty) {
            page = page.onErrorResume(NotFoundException.class, e -> Mono.just(new Page<>(this, cursor, List.of(),
                    null, scheme.previous(cursor), e.requestId())));
        }
        return page;
    }

    /**
     * @param page a page with a next one
     * @param seen the keys of the positions this iteration has fetched; the next one is added
     * @return the position of the next page
     * @throws NoSuchElementException when the page was the last
     * @throws CloudException when the iteration has already been there
     */
    Cursor checkedNext(Page<T> page, Set<String> seen) {
        Cursor next = page.next();
        if (next == null) {
            throw new NoSuchElementException("no more pages in " + describe());
        }
        if (!seen.add(next.key())) {
            throw repeated(page, next);
        }
        return next;
    }

    CloudException repeated(Page<T> page, Cursor next) {
        return new CloudException(client.service() + "." + operation + ": the server sent " + next.describe()
                + " again after it had already been followed; the listing stopped instead of looping", new ErrorDetails(
                        200, client.service(), operation, page.requestId(), null), null);
    }

    private ApiRequest.Builder request(Cursor cursor) {
        ApiRequest.Builder request = client.request(HttpMethod.GET, operation).path(pathTemplate, pathVariables);
        // the listing's own value of a header wins over the client's (a microversion, say)
        headers.forEach(header -> request.setHeader(header.getKey(), header.getValue()));
        if (cursor.link() == null) {
            // a followed link carries the filters already, as the server wrote them
            query.forEach(parameter -> request.query(parameter.getKey(), parameter.getValue()));
        }
        scheme.apply(cursor, request);
        return request;
    }

    private Page<T> read(Cursor cursor, ApiResponse response) {
        String requestId = ErrorMapper.requestId(response.headers());
        if (response.status() == 204 || response.body().length == 0) {
            if (!noContentAsEmpty) {
                throw new CloudException(describe() + " answered HTTP " + response.status() + " without a body",
                        new ErrorDetails(response.status(), client.service(), operation, requestId, null), null);
            }
            return new Page<>(this, cursor, List.of(), null, scheme.previous(cursor), requestId);
        }
        ItemsReader<T> pageReader = reader;
        if (pageReader != null) {
            List<T> read = pageReader.read(response.body());
            Cursor next = read.isEmpty() ? null
                    : LimitMarker.after(cursor, pageReader.marker(read.get(read.size() - 1)), details);
            return new Page<>(this, cursor, read, endAtCount(cursor, next, read.size(), response), scheme.previous(
                    cursor), requestId);
        }
        JsonNode body = response.json();
        JsonNode items = itemsField == null ? body : body.get(itemsField);
        if (items == null || !items.isArray()) {
            throw new CloudException(describe() + " expected a JSON array " + (itemsField == null ? "as the body"
                    : "in '" + itemsField + "'") + " but the response has " + (items == null ? "none" : items
                            .getNodeType()), new ErrorDetails(response.status(), client.service(), operation,
                                    requestId, null), null);
        }
        // without a reader, the builder was given a mapper
        Function<? super JsonNode, ? extends T> itemMapper = Objects.requireNonNull(mapper);
        List<T> mapped = new ArrayList<>(items.size());
        for (JsonNode item : items) {
            mapped.add(Objects.requireNonNull(itemMapper.apply(item), "the item mapper of " + describe()
                    + " returned null"));
        }
        Cursor next = items.isEmpty() ? null : scheme.next(cursor, body, items, itemsField, details);
        if (next != null && next.link() != null) {
            checkLinkPath(next.link());
        }
        return new Page<>(this, cursor, List.copyOf(mapped), endAtCount(cursor, next, mapped.size(), response),
                scheme.previous(cursor), requestId);
    }

    /**
     * @return the next position, counting the items read so far, or null when the collection's
     *     count header says every item has been read
     */
    private @Nullable Cursor endAtCount(Cursor cursor, @Nullable Cursor next, int read, ApiResponse response) {
        if (countHeader == null || next == null) {
            return next;
        }
        long listed = cursor.listedBefore() + read;
        String count = response.headers().getFirst(countHeader);
        if (count != null) {
            try {
                if (listed >= Long.parseLong(count.trim())) {
                    return null;
                }
            } catch (NumberFormatException unreadable) {
                // a count that cannot be read ends nothing: the empty page will
            }
        }
        return next.listedBefore(listed);
    }

    /** A link is followed on the listing's own endpoint and path: it must name that collection. */
    private void checkLinkPath(String link) {
        if (!expandedPath.isEmpty() && !Links.path(link, details).endsWith(expandedPath)) {
            throw new CloudException(client.service() + "." + operation + ": the next link '" + link
                    + "' does not point to the listed collection '" + expandedPath + "'", details, null);
        }
    }

    private static String expand(String template, Object[] variables) {
        StringBuilder path = new StringBuilder();
        int variable = 0;
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > 0 && variable < variables.length) {
                path.append(variables[variable++]);
                i = close;
            } else {
                path.append(c);
            }
        }
        return path.length() > 0 && path.charAt(path.length() - 1) == '/' ? path.substring(0, path.length() - 1)
                : path.toString();
    }

    @Override
    public String toString() {
        return "Listing[" + client.service() + "." + operation + ", " + scheme + "]";
    }

    /** The pages of one iteration, each fetched on {@link #next()}. */
    private final class PageIterator implements Iterator<Page<T>> {
        private final Set<String> seen = new HashSet<>();
        private @Nullable Page<T> current;

        @Override
        public boolean hasNext() {
            return current == null || current.hasNext();
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("no more pages in " + describe());
            }
            Page<T> previous = current;
            Cursor cursor;
            if (previous == null) {
                seen.add(first.key());
                cursor = first;
            } else {
                cursor = checkedNext(previous, seen);
            }
            Page<T> page = Transport.blockValue(fetch(cursor));
            current = page;
            return page;
        }
    }

    /**
     * Builds a {@link Listing}. Paging values are checked by {@link #build()}, before any request.
     *
     * @param <T> the item type
     */
    public static final class Builder<T> {
        private final ServiceClient client;
        private final String operation;
        private final PagingScheme scheme;
        private final @Nullable Function<? super JsonNode, ? extends T> mapper;
        private final @Nullable ItemsReader<T> reader;
        private String pathTemplate = "";
        private Object[] pathVariables = new Object[0];
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private @Nullable String itemsField;
        private @Nullable Integer limit;
        private @Nullable String marker;
        private @Nullable Integer offset;
        private boolean notFoundAsEmpty;
        private boolean noContentAsEmpty;
        private @Nullable String countHeader;

        private Builder(ServiceClient client, String operation, PagingScheme scheme,
                @Nullable Function<? super JsonNode, ? extends T> mapper, @Nullable ItemsReader<T> reader) {
            this.client = Objects.requireNonNull(client, "client must not be null");
            this.operation = Objects.requireNonNull(operation, "operation must not be null");
            this.scheme = Objects.requireNonNull(scheme, "scheme must not be null");
            this.mapper = mapper;
            this.reader = reader;
        }

        /**
         * @param template the collection's path relative to the endpoint, such as
         *     {@code /servers/detail}; variables are encoded when expanded
         * @param variables the template's variables, in order
         * @return this builder
         */
        public Builder<T> path(String template, Object... variables) {
            this.pathTemplate = Objects.requireNonNull(template, "template must not be null");
            this.pathVariables = variables.clone();
            return this;
        }

        /**
         * @param field the field of the response object that holds the items ({@code servers});
         *     without it the body itself must be the array (Swift)
         * @return this builder
         */
        public Builder<T> items(String field) {
            this.itemsField = Objects.requireNonNull(field, "field must not be null");
            return this;
        }

        /**
         * @param name a filter sent with the first page (a followed next link carries its own);
         *     not {@code limit}, {@code marker} or {@code offset}, which have their own methods
         * @param value its value; null leaves the filter out
         * @return this builder
         */
        public Builder<T> query(String name, @Nullable Object value) {
            Objects.requireNonNull(name, "name must not be null");
            if (name.equals(PagingScheme.LIMIT) || name.equals(PagingScheme.MARKER)
                    || name.equals(PagingScheme.OFFSET)) {
                throw new IllegalArgumentException("query parameter '" + name + "' is the listing's own: use "
                        + name + "(...) instead");
            }
            if (value != null) {
                query.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * @param name a header sent with every page, replacing the client's value of it (the
         *     client's headers, such as its microversion, are sent as well)
         * @param value its value; null leaves it out
         * @return this builder
         */
        public Builder<T> header(String name, @Nullable Object value) {
            Objects.requireNonNull(name, "name must not be null");
            headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
            if (value != null) {
                headers.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /**
         * @param value the page size, 1 to the scheme's maximum; null for the server's default
         *     (for {@link PagingScheme#limitOffset(int, int)}, the scheme's default)
         * @return this builder
         */
        public Builder<T> limit(@Nullable Integer value) {
            this.limit = value;
            return this;
        }

        /**
         * @param value start after this marker (the id or name of the last item already seen);
         *     null to start at the beginning
         * @return this builder
         */
        public Builder<T> marker(@Nullable String value) {
            this.marker = value;
            return this;
        }

        /**
         * @param value start at this offset, a multiple of the limit; only with
         *     {@link PagingScheme#limitOffset(int, int)}; null for 0
         * @return this builder
         */
        public Builder<T> offset(@Nullable Integer value) {
            this.offset = value;
            return this;
        }

        /**
         * Reads a 404 as an empty page, for the APIs that document it (a listing under a parent
         * that may be gone). Off by default: a 404 is otherwise a {@link NotFoundException}.
         *
         * @return this builder
         */
        public Builder<T> notFoundAsEmpty() {
            this.notFoundAsEmpty = true;
            return this;
        }

        /**
         * Reads a 204 or a response without a body as an empty page, for the APIs that answer an
         * empty listing that way (Swift, Zaqar). Off by default: such an answer is otherwise a
         * {@link CloudException}.
         *
         * @return this builder
         */
        public Builder<T> noContentAsEmpty() {
            this.noContentAsEmpty = true;
            return this;
        }

        /**
         * Ends the listing when the items read reach the count a response header gives for the
         * whole collection (Swift's {@code X-Container-Object-Count}), saving the request for the
         * empty page that would otherwise end it. Only for a listing of the whole collection (no
         * filter) that starts at the beginning; with a start marker the header is ignored, and a
         * response without the header, or with one that is not a number, ends nothing.
         *
         * @param name the header
         * @return this builder
         */
        public Builder<T> endAtCountHeader(String name) {
            this.countHeader = Objects.requireNonNull(name, "name must not be null");
            return this;
        }

        /**
         * @return the listing; nothing is fetched until it is iterated
         * @throws IllegalArgumentException when the limit, marker or offset do not suit the scheme,
         *     the path's variables do not match its template, or an {@link ItemsReader} is given
         *     with another scheme than limit + marker or with an items field
         */
        public Listing<T> build() {
            scheme.validate(limit, marker, offset);
            if (reader != null && !(scheme instanceof LimitMarker && itemsField == null)) {
                throw new IllegalArgumentException("an ItemsReader reads top-level arrays paged by limit + marker;"
                        + " the scheme was " + scheme + (itemsField == null ? "" : " and items were in '"
                                + itemsField + "'"));
            }
            // the template's variables are checked now, not when the first page is fetched
            client.request(HttpMethod.GET, operation).path(pathTemplate, pathVariables);
            return new Listing<>(this);
        }
    }
}
