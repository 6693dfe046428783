/**
 * The NEN 7513 access log: one row for every read, search and change of a youth's data, written in
 * the caller's transaction so that data is never shown when its log row could not be written.
 * Denied attempts are logged in a transaction of their own. Also answers "who looked at this file".
 */
@NullMarked
package nl.overstap.audit;

import org.jspecify.annotations.NullMarked;
