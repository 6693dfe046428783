package nl.overstap.consultation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;

/**
 * Who may do what with a multidisciplinary meeting. Everything refused here is answered with a 404.
 *
 * <ul>
 *   <li>Coordinators of the meeting's region open it; only its chair changes it.
 *   <li>Coaches of the region open an upcoming meeting (to add a case) and any meeting holding a case of
 *       a youth of their own organisation; they see only those cases and add cases to upcoming meetings.
 *   <li>Partners open a meeting their organisation is invited to, and only their own organisation's
 *       pre-read.
 *   <li>Everyone else: nothing.
 * </ul>
 */
final class MeetingPolicy {

    private MeetingPolicy() {}

    /** What the policy needs to know of a meeting. */
    record Facts(UUID id, String region, UUID chairId, LocalDate date, Set<UUID> invited, boolean hasOwnCase) {}

    static boolean mayOpen(CurrentUser user, Facts meeting, LocalDate today) {
        return switch (user.role()) {
            case COORDINATOR -> user.region().equals(meeting.region());
            case COACH ->
                user.region().equals(meeting.region()) && (!meeting.date().isBefore(today) || meeting.hasOwnCase());
            case PARTNER -> meeting.invited().contains(user.organisationId());
            default -> false;
        };
    }

    static boolean isChair(CurrentUser user, Facts meeting) {
        return user.is(Role.COORDINATOR)
                && user.id().equals(meeting.chairId())
                && user.region().equals(meeting.region());
    }

    static boolean mayCreate(CurrentUser user) {
        return user.is(Role.COORDINATOR);
    }

    /** A coach adds a case (of a youth they coach, checked separately) to an upcoming meeting of the region. */
    static boolean mayAddCase(CurrentUser user, Facts meeting, LocalDate today) {
        return user.is(Role.COACH)
                && user.region().equals(meeting.region())
                && !meeting.date().isBefore(today);
    }

    /** Sees a case's details on the agenda: coordinators of the region and coaches working on the youth's file. */
    static boolean seesCase(CurrentUser user, Facts meeting, boolean youthInOwnScope) {
        return switch (user.role()) {
            case COORDINATOR -> user.region().equals(meeting.region()) && youthInOwnScope;
            case COACH -> youthInOwnScope;
            default -> false;
        };
    }

    /**
     * Opens the pre-read of a case as seen by an invited organisation: the chair's region's coordinators
     * and the youth's own coaches for every invited organisation, a partner only for its own.
     */
    static boolean mayOpenPreread(CurrentUser user, Facts meeting, UUID organisationId, boolean youthInOwnScope) {
        if (!meeting.invited().contains(organisationId)) {
            return false;
        }
        return switch (user.role()) {
            case COORDINATOR -> user.region().equals(meeting.region());
            case COACH -> youthInOwnScope;
            case PARTNER -> user.organisationId().equals(organisationId);
            default -> false;
        };
    }
}
