/**
 * Research export (onderzoeksexport): a pseudonymised record-level data set for action research,
 * only for analyst accounts an administrator marked as research partner. No direct identifiers,
 * pseudonyms that differ per export, dates to the month and age in whole years; every export is
 * logged.
 */
@NullMarked
package nl.overstap.research;

import org.jspecify.annotations.NullMarked;
