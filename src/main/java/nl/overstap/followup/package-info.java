/**
 * Follow-up (borging) after a youth starts at a place: scheduled check-ins with the youth and the
 * employer or school, reminders from persistent jobs, relapse signals, milestones and whether the
 * place was held at 6 and 12 months.
 */
@NullMarked
package nl.overstap.followup;

import org.jspecify.annotations.NullMarked;
