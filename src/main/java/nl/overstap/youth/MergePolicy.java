package nl.overstap.youth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.jspecify.annotations.Nullable;

/**
 * Who may merge two youth records, when a merge is safe, and until when it can be undone. Each rule
 * is named and each refusal has a reason.
 *
 * <ul>
 *   <li>A coordinator merges youths of their own region; a coach only when both youths belong to
 *       the coach's own organisation. Nobody else (partners, employers, analysts, administrators).
 *   <li>Not safe: the same record, a record already merged or anonymised, two different BSNs, two open trajectories,
 *       an open trajectory of another organisation on the record that disappears (its coach would
 *       lose the file), consent records of both for the same organisation and category, an open
 *       erasure request, or a legal hold that the surviving record would not carry.
 *   <li>Undo: within {@link #UNDO_WINDOW} of the merge, and only while the survivor was not merged away itself.
 * </ul>
 */
final class MergePolicy {

    static final Duration UNDO_WINDOW = Duration.ofHours(24);

    private MergePolicy() {}

    /** The facts of one youth record that the rules look at. */
    record Side(
            UUID id,
            UUID organisationId,
            String region,
            boolean merged,
            boolean anonymised,
            boolean legalHold,
            @Nullable UUID openTrajectoryOrganisationId,
            boolean erasureRequested,
            @Nullable String bsnHash) {}

    /** May this user merge these two records at all (before looking at safety)? */
    static boolean mayMerge(CurrentUser user, Side a, Side b) {
        return mayMergeOne(user, a) && mayMergeOne(user, b);
    }

    /** May this user merge (or undo a merge of) this record with another they may also merge? */
    static boolean mayMergeOne(CurrentUser user, Side side) {
        if (user.is(Role.COORDINATOR)) {
            return user.region().equals(side.region());
        }
        if (user.is(Role.COACH)) {
            return user.organisationId().equals(side.organisationId());
        }
        return false;
    }

    /** Why merging {@code duplicate} into {@code survivor} is not safe, or empty when it is. */
    static Optional<MergeRefusal> check(Side survivor, Side duplicate, int consentConflicts) {
        if (survivor.id().equals(duplicate.id())) {
            return Optional.of(MergeRefusal.SAME_YOUTH);
        }
        if (survivor.merged() || duplicate.merged()) {
            return Optional.of(MergeRefusal.ALREADY_MERGED);
        }
        if (survivor.bsnHash() != null
                && duplicate.bsnHash() != null
                && !survivor.bsnHash().equals(duplicate.bsnHash())) {
            return Optional.of(MergeRefusal.DIFFERENT_BSN);
        }
        if (survivor.anonymised() || duplicate.anonymised()) {
            return Optional.of(MergeRefusal.ANONYMISED);
        }
        if (survivor.openTrajectoryOrganisationId() != null && duplicate.openTrajectoryOrganisationId() != null) {
            return Optional.of(MergeRefusal.BOTH_OPEN_TRAJECTORIES);
        }
        if (duplicate.openTrajectoryOrganisationId() != null
                && !Objects.equals(duplicate.openTrajectoryOrganisationId(), survivor.organisationId())) {
            return Optional.of(MergeRefusal.OPEN_TRAJECTORY_OTHER_ORGANISATION);
        }
        if (consentConflicts > 0) {
            return Optional.of(MergeRefusal.CONSENT_CONFLICT);
        }
        if (survivor.erasureRequested() || duplicate.erasureRequested()) {
            return Optional.of(MergeRefusal.ERASURE_REQUESTED);
        }
        if (duplicate.legalHold() && !survivor.legalHold()) {
            return Optional.of(MergeRefusal.LEGAL_HOLD);
        }
        return Optional.empty();
    }

    /** Why the merge made at {@code mergedAt} cannot be undone at {@code now}, or empty when it can. */
    static Optional<MergeRefusal> checkUndo(Instant mergedAt, Instant now, boolean survivorMergedSince) {
        if (!now.isBefore(mergedAt.plus(UNDO_WINDOW))) {
            return Optional.of(MergeRefusal.UNDO_TOO_LATE);
        }
        if (survivorMergedSince) {
            return Optional.of(MergeRefusal.SURVIVOR_MERGED_SINCE);
        }
        return Optional.empty();
    }
}
