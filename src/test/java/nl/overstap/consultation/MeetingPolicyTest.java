package nl.overstap.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import nl.overstap.shared.CurrentUser;
import nl.overstap.shared.Role;
import org.junit.jupiter.api.Test;

/** Who may open a meeting, add a case, read a pre-read and chair: the policy alone, without a database. */
class MeetingPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final UUID CHAIR = UUID.randomUUID();
    static final UUID RMC = UUID.randomUUID();
    static final UUID MBO = UUID.randomUUID();
    static final UUID UWV = UUID.randomUUID();

    static MeetingPolicy.Facts meeting(LocalDate date, boolean ownCase) {
        return new MeetingPolicy.Facts(UUID.randomUUID(), "Haaglanden", CHAIR, date, Set.of(RMC, MBO), ownCase);
    }

    static CurrentUser user(Role role, UUID organisation) {
        return user(UUID.randomUUID(), role, organisation, "Haaglanden");
    }

    static CurrentUser user(UUID id, Role role, UUID organisation, String region) {
        return new CurrentUser(id, "u", "U", role, organisation, region);
    }

    @Test
    void onlyTheChairOfTheRegionChairs() {
        MeetingPolicy.Facts upcoming = meeting(TODAY.plusDays(3), false);
        assertThat(MeetingPolicy.isChair(user(CHAIR, Role.COORDINATOR, UUID.randomUUID(), "Haaglanden"), upcoming))
                .isTrue();
        assertThat(MeetingPolicy.isChair(user(Role.COORDINATOR, UUID.randomUUID()), upcoming))
                .as("another coordinator of the region opens but does not chair")
                .isFalse();
        assertThat(MeetingPolicy.mayOpen(user(Role.COORDINATOR, UUID.randomUUID()), upcoming, TODAY))
                .isTrue();
        assertThat(MeetingPolicy.mayOpen(
                        user(UUID.randomUUID(), Role.COORDINATOR, UUID.randomUUID(), "Elders"), upcoming, TODAY))
                .isFalse();
    }

    @Test
    void coachesAddCasesToUpcomingMeetingsAndOpenPastOnesOnlyWithACaseOfTheirOwn() {
        CurrentUser coach = user(Role.COACH, UUID.randomUUID());
        assertThat(MeetingPolicy.mayAddCase(coach, meeting(TODAY, false), TODAY))
                .isTrue();
        assertThat(MeetingPolicy.mayAddCase(coach, meeting(TODAY.minusDays(1), false), TODAY))
                .isFalse();
        assertThat(MeetingPolicy.mayOpen(coach, meeting(TODAY.minusDays(1), false), TODAY))
                .isFalse();
        assertThat(MeetingPolicy.mayOpen(coach, meeting(TODAY.minusDays(1), true), TODAY))
                .isTrue();
        assertThat(MeetingPolicy.mayAddCase(user(Role.COORDINATOR, UUID.randomUUID()), meeting(TODAY, false), TODAY))
                .isFalse();
        assertThat(MeetingPolicy.seesCase(coach, meeting(TODAY, true), false)).isFalse();
        assertThat(MeetingPolicy.seesCase(coach, meeting(TODAY, true), true)).isTrue();
    }

    @Test
    void aPartnerReadsOnlyItsOwnOrganisationsPreReadOfAMeetingItIsInvitedTo() {
        MeetingPolicy.Facts upcoming = meeting(TODAY.plusDays(1), false);
        CurrentUser rmcPartner = user(Role.PARTNER, RMC);
        assertThat(MeetingPolicy.mayOpen(rmcPartner, upcoming, TODAY)).isTrue();
        assertThat(MeetingPolicy.mayOpenPreread(rmcPartner, upcoming, RMC, false))
                .isTrue();
        assertThat(MeetingPolicy.mayOpenPreread(rmcPartner, upcoming, MBO, false))
                .as("never another organisation's pre-read")
                .isFalse();
        CurrentUser uwvPartner = user(Role.PARTNER, UWV);
        assertThat(MeetingPolicy.mayOpen(uwvPartner, upcoming, TODAY)).isFalse();
        assertThat(MeetingPolicy.mayOpenPreread(uwvPartner, upcoming, UWV, false))
                .isFalse();
        assertThat(MeetingPolicy.mayOpenPreread(user(Role.COORDINATOR, UUID.randomUUID()), upcoming, UWV, true))
                .as("only invited organisations have a pre-read")
                .isFalse();
        assertThat(MeetingPolicy.mayOpenPreread(user(Role.COACH, UUID.randomUUID()), upcoming, MBO, false))
                .as("a coach only for youths of their own file")
                .isFalse();
    }

    @Test
    void analystsEmployersAndAdminsNeverOpenAMeeting() {
        for (Role role : new Role[] {Role.ANALYST, Role.EMPLOYER, Role.ADMIN}) {
            CurrentUser someone = user(role, RMC);
            assertThat(MeetingPolicy.mayOpen(someone, meeting(TODAY.plusDays(1), true), TODAY))
                    .as(role.name())
                    .isFalse();
            assertThat(MeetingPolicy.mayOpenPreread(someone, meeting(TODAY.plusDays(1), true), RMC, true))
                    .isFalse();
            assertThat(MeetingPolicy.mayCreate(someone)).isFalse();
        }
    }
}
