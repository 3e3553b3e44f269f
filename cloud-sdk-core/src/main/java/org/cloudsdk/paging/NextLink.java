package org.cloudsdk.paging;

import org.cloudsdk.errors.ErrorDetails;
import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * The server's next link: {@code <items>_links} with {@code rel=next} (Nova, Neutron, Cinder,
 * Octavia), else a top-level {@code next} (Glance), else {@code links.next} of a {@code links}
 * object (Designate, Keystone). The first page is asked for with the caller's
 * limit and marker, every further one with the query of the link.
 */
final class NextLink extends PagingScheme {

    NextLink(int maxLimit) {
        super(maxLimit);
    }

    @Override
    public PagingScheme withMaxLimit(int value) {
        return new NextLink(value);
    }

    @Override
    String name() {
        return "nextLink";
    }

    @Override
    @Nullable Cursor next(Cursor current, JsonNode body, JsonNode items, @Nullable String itemsField,
            ErrorDetails details) {
        String href = itemsField == null ? null : Links.href(body.path(itemsField + "_links"), "next");
        if (href == null) {
            href = Links.scalar(body.path("next"));
        }
        if (href == null) {
            href = Links.scalar(body.path("links").path("next"));
        }
        return href == null ? null : Cursor.link(href, Links.query(href, details));
    }
}
