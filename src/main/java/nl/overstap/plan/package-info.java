/**
 * The perspective plan (perspectiefplan): goals per life domain in the youth's own words, actions with
 * an owner and a due date, the agreement of the plan with the youth, the printable plan and the partner
 * inbox. It does not hold the scan, escalations or the multidisciplinary meeting; who may read or
 * change a plan is decided by {@link nl.overstap.consent.YouthAccess} (data category PLAN).
 */
@NullMarked
package nl.overstap.plan;

import org.jspecify.annotations.NullMarked;
