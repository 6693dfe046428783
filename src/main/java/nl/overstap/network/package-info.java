/**
 * The youth's own network (sleutelfiguren): family, mentor, teacher and others, with their relation
 * to the youth, contact details and whether they take part in meetings. They are part of the
 * youth's file (data category NETWORK), not users of Overstap; who may read or change them is decided
 * by {@link nl.overstap.consent.YouthAccess}.
 */
@NullMarked
package nl.overstap.network;

import org.jspecify.annotations.NullMarked;
