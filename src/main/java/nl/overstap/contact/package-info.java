/**
 * Contact moments (contactmomenten): when, through which channel, with whom, whether the youth was
 * reached (for outreach), how long and a short note. The author may edit a contact for 24 hours;
 * after that only a correction entry is possible, so the history stays intact.
 */
@NullMarked
package nl.overstap.contact;

import org.jspecify.annotations.NullMarked;
