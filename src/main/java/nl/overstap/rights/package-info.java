/**
 * The youth's AVG rights over their own file: an export of everything stored about them (JSON and a
 * printable page), erasure on request with four eyes, legal hold, and the retention policy per data
 * category that a nightly job enforces by anonymising what has expired. It never deletes the
 * trajectories, outcomes or consent decisions that aggregate results count, and never touches the
 * append-only access log.
 */
@NullMarked
package nl.overstap.rights;

import org.jspecify.annotations.NullMarked;
