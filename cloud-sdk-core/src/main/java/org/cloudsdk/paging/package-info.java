/**
 * Paging shared by every service: a {@link org.cloudsdk.paging.Listing} is a lazy
 * {@code Iterable}/{@code Stream}/{@code Flux} over every item of a listing and gives explicit
 * {@link org.cloudsdk.paging.Page}s, for each scheme the services use
 * ({@link org.cloudsdk.paging.PagingScheme}: limit + marker, next links, limit + offset,
 * {@code metadata.next_marker}, link markers). A listing ends on an empty page or a missing next
 * link or marker, never on a short page; a repeated next link or marker is an error, not a loop.
 */
@NullMarked
package org.cloudsdk.paging;

import org.jspecify.annotations.NullMarked;
