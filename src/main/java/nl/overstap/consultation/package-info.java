/**
 * The multidisciplinary meeting (MDO): a coordinator chairs a meeting of invited organisations, coaches
 * put cases of their own youths on the agenda with a question, every invited organisation reads a
 * pre-read of each case limited to what its consents allow, and the chair records attendance,
 * decisions, new plan actions and the minutes. Decided actions are real plan actions of the youth.
 * What anyone may see of a youth is decided by {@link nl.overstap.consent.YouthAccess}.
 */
@NullMarked
package nl.overstap.consultation;

import org.jspecify.annotations.NullMarked;
