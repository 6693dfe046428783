package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.junit.jupiter.api.Test;

class MergePolicyTest {

    static final UUID ORG = UUID.randomUUID();
    static final UUID OTHER_ORG = UUID.randomUUID();

    static MergePolicy.Side side(UUID org) {
        return new MergePolicy.Side(UUID.randomUUID(), org, "Haaglanden", false, false, false, null, false, null);
    }

    static CurrentUser user(Role role, UUID org, String region) {
        return new CurrentUser(UUID.randomUUID(), "tester", "Tester", role, org, region);
    }

    @Test
    void coordinatorMergesWithinTheRegionOnly() {
        CurrentUser coordinator = user(Role.COORDINATOR, UUID.randomUUID(), "Haaglanden");
        assertThat(MergePolicy.mayMerge(coordinator, side(ORG), side(OTHER_ORG)))
                .isTrue();
        CurrentUser elsewhere = user(Role.COORDINATOR, UUID.randomUUID(), "Holland Rijnland");
        assertThat(MergePolicy.mayMerge(elsewhere, side(ORG), side(ORG))).isFalse();
    }

    @Test
    void coachMergesOnlyWhenBothYouthsAreOfTheOwnOrganisation() {
        CurrentUser coach = user(Role.COACH, ORG, "Haaglanden");
        assertThat(MergePolicy.mayMerge(coach, side(ORG), side(ORG))).isTrue();
        assertThat(MergePolicy.mayMerge(coach, side(ORG), side(OTHER_ORG))).isFalse();
    }

    @Test
    void partnersEmployersAnalystsAndAdminsNeverMerge() {
        for (Role role : new Role[] {Role.PARTNER, Role.EMPLOYER, Role.ANALYST, Role.ADMIN}) {
            assertThat(MergePolicy.mayMerge(user(role, ORG, "Haaglanden"), side(ORG), side(ORG)))
                    .as(role.name())
                    .isFalse();
        }
    }

    @Test
    void aSafeMergeHasNoRefusal() {
        assertThat(MergePolicy.check(side(ORG), side(ORG), 0)).isEmpty();
    }

    @Test
    void refusesTwoOpenTrajectories() {
        var survivor = withOpenTrajectory(side(ORG), ORG);
        var duplicate = withOpenTrajectory(side(ORG), ORG);
        assertThat(MergePolicy.check(survivor, duplicate, 0)).contains(MergeRefusal.BOTH_OPEN_TRAJECTORIES);
    }

    @Test
    void refusesWhenTheRecordThatDisappearsHasAnOpenTrajectoryOfAnotherOrganisation() {
        var duplicate = withOpenTrajectory(side(OTHER_ORG), OTHER_ORG);
        assertThat(MergePolicy.check(side(ORG), duplicate, 0))
                .contains(MergeRefusal.OPEN_TRAJECTORY_OTHER_ORGANISATION);
        // the other way round is fine: the survivor's organisation keeps coaching
        assertThat(MergePolicy.check(duplicate, side(ORG), 0)).isEmpty();
    }

    @Test
    void refusesOverlappingConsentOpenErasureLegalHoldAnonymisedAndSameRecord() {
        assertThat(MergePolicy.check(side(ORG), side(ORG), 1)).contains(MergeRefusal.CONSENT_CONFLICT);
        var erasure = new MergePolicy.Side(UUID.randomUUID(), ORG, "Haaglanden", false, false, false, null, true, null);
        assertThat(MergePolicy.check(side(ORG), erasure, 0)).contains(MergeRefusal.ERASURE_REQUESTED);
        var hold = new MergePolicy.Side(UUID.randomUUID(), ORG, "Haaglanden", false, false, true, null, false, null);
        assertThat(MergePolicy.check(side(ORG), hold, 0)).contains(MergeRefusal.LEGAL_HOLD);
        assertThat(MergePolicy.check(hold, side(ORG), 0)).isEmpty();
        var anonymised =
                new MergePolicy.Side(UUID.randomUUID(), ORG, "Haaglanden", false, true, false, null, false, null);
        assertThat(MergePolicy.check(anonymised, side(ORG), 0)).contains(MergeRefusal.ANONYMISED);
        var merged = new MergePolicy.Side(UUID.randomUUID(), ORG, "Haaglanden", true, false, false, null, false, null);
        assertThat(MergePolicy.check(side(ORG), merged, 0)).contains(MergeRefusal.ALREADY_MERGED);
        var one = side(ORG);
        assertThat(MergePolicy.check(one, one, 0)).contains(MergeRefusal.SAME_YOUTH);
    }

    @Test
    void twoDifferentBsnsAreTwoPeople() {
        var first = new MergePolicy.Side(UUID.randomUUID(), ORG, "Haaglanden", false, false, false, null, false, "a");
        var second = new MergePolicy.Side(UUID.randomUUID(), ORG, "Haaglanden", false, false, false, null, false, "b");
        var same = new MergePolicy.Side(UUID.randomUUID(), ORG, "Haaglanden", false, false, false, null, false, "a");
        assertThat(MergePolicy.check(first, second, 0)).contains(MergeRefusal.DIFFERENT_BSN);
        assertThat(MergePolicy.check(first, same, 0)).isEmpty();
        assertThat(MergePolicy.check(side(ORG), second, 0)).isEmpty();
    }

    @Test
    void undoIsAllowedForADayOnly() {
        Instant merged = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(MergePolicy.checkUndo(
                        merged, merged.plus(Duration.ofHours(23).plusMinutes(59)), false))
                .isEmpty();
        assertThat(MergePolicy.checkUndo(merged, merged.plus(Duration.ofHours(24)), false))
                .contains(MergeRefusal.UNDO_TOO_LATE);
        assertThat(MergePolicy.checkUndo(merged, merged.plusSeconds(60), true))
                .contains(MergeRefusal.SURVIVOR_MERGED_SINCE);
    }

    private static MergePolicy.Side withOpenTrajectory(MergePolicy.Side side, UUID org) {
        return new MergePolicy.Side(
                side.id(),
                side.organisationId(),
                side.region(),
                side.merged(),
                side.anonymised(),
                side.legalHold(),
                org,
                side.erasureRequested(),
                side.bsnHash());
    }
}
