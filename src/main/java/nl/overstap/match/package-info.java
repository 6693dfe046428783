/**
 * The match pipeline: a youth proposed for a place, from proposal through introduction and trial to a
 * start (which moves the trajectory to Borg), or declined or withdrawn. Employers see an anonymous
 * profile until the youth consents to share name and contact details.
 */
@NullMarked
package nl.overstap.match;

import org.jspecify.annotations.NullMarked;
