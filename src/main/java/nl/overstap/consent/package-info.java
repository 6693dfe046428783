/**
 * Who may see which of a youth's data, and why: the covenant between the partner organisations,
 * consent per youth x partner organisation x data category (versioned, revocable) or a recorded
 * legal basis, break-the-glass access for a limited time, and the single decision
 * ({@link nl.overstap.consent.YouthAccess}) every page that shows youth data asks first. Decisions
 * are read from the database on every request: a withdrawal counts from the next request on.
 */
@NullMarked
package nl.overstap.consent;

import org.jspecify.annotations.NullMarked;
