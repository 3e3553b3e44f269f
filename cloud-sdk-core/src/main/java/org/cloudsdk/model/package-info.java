/**
 * The one mechanism by which every service reads JSON responses into records and writes records
 * as request bodies: {@link org.cloudsdk.model.JsonModels}. Records name their JSON fields by
 * their components ({@link org.cloudsdk.model.JsonNaming} for a whole record's naming scheme,
 * {@link org.cloudsdk.model.JsonName} for one field); a component marked
 * {@link org.cloudsdk.model.AllFields} keeps the whole object, so fields a record does not name
 * stay reachable and an unknown field never fails parsing.
 */
@NullMarked
package org.cloudsdk.model;

import org.jspecify.annotations.NullMarked;
