/**
 * Trajectories: one youth, one coach, one programme, through the phases Scout, Scan, Match and Borg
 * to closing with an outcome. The {@link nl.overstap.trajectory.Trajectory} aggregate guards every
 * transition through the {@link nl.overstap.trajectory.PhaseTransitionPolicy} and keeps the phase
 * history. Also the coach's caseload. Does not know about contacts beyond "last contact at".
 */
@NullMarked
package nl.overstap.trajectory;

import org.jspecify.annotations.NullMarked;
