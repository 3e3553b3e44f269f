/**
 * Images (OpenStack Glance v2; Rackspace Cloud Images): listing with pyrax's filters, updates as
 * Glance's JSON patches, tags, sharing with other projects (members), Rackspace's import and
 * export tasks, and the image data itself, uploaded and downloaded as streams with their
 * checksums verified, or brought in by Glance's interoperable import.
 * {@link org.cloudsdk.image.Images} is the client ({@code ctx.images()}); images, members and
 * tasks are immutable handles ({@link org.cloudsdk.image.Image},
 * {@link org.cloudsdk.image.ImageMember}, {@link org.cloudsdk.image.ImageTask}) carrying the
 * operations pyrax put on them.
 */
@NullMarked
package org.cloudsdk.image;

import org.jspecify.annotations.NullMarked;
