/**
 * Escalation (doorzettingsmacht): a coach escalates a blocked or overdue partner action to the
 * coordinator of the region, who sets a new deadline and owner, takes a binding decision on behalf of
 * the partnership, or puts the case on the agenda of the multidisciplinary meeting. Every step of the
 * ladder is recorded and shown on the youth's file; access is decided by
 * {@link nl.overstap.consent.YouthAccess} (data category PLAN) and every step is logged.
 * {@link nl.overstap.escalation.Escalations#onMdoAgenda(java.util.UUID)} is the API for the MDO.
 */
@NullMarked
package nl.overstap.escalation;

import org.jspecify.annotations.NullMarked;
