package nl.overstap.youth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.CurrentUser;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DuplicateCandidatesIntegrationTest {

    @Autowired
    DuplicateCandidates candidates;

    @Autowired
    YouthRegistration registration;

    @Autowired
    BsnProtector bsnProtector;

    @Autowired
    TestLogins logins;

    @Autowired
    DemoFixtures fixtures;

    DuplicateFixtures youths;
    CurrentUser coach;

    @BeforeEach
    void setUp() {
        youths = new DuplicateFixtures(registration);
        coach = logins.currentUser("coach");
    }

    @Test
    void theSameBsnIsTheSameYouthWithScoreOneHundred() {
        String bsn = DuplicateFixtures.randomBsn();
        UUID id = youths.register(coach, "Noor", "Bsnvergelijk", DuplicateFixtures.swappableBirth(), null, bsn);
        String hash = bsnProtector.hash(Bsn.parse(bsn).orElseThrow());

        List<DuplicateCandidates.Candidate> found =
                candidates.find(coach, new DuplicateCandidates.Person("Heel", "Anders", null, null, hash), 5);

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).youthId()).isEqualTo(id);
        assertThat(found.get(0).sameBsn()).isTrue();
        assertThat(found.get(0).score()).isEqualTo(100);
        assertThat(found.get(0).reasonKeys()).contains("youth.duplicate.reason.sameBsn");
    }

    @Test
    void aTurkishNameTypedWithoutAccentsIsFound() {
        LocalDate birth = DuplicateFixtures.swappableBirth();
        UUID id = youths.register(coach, "Emre Can", "Öztürk", birth, "2525 KL", null);

        DuplicateCandidates.Candidate found = candidate(
                candidates.find(coach, new DuplicateCandidates.Person("Emre", "Ozturk", birth, "2525kl", null), 20),
                id);

        assertThat(found.reasonKeys())
                .contains(
                        "youth.duplicate.reason.sameFamilyName",
                        "youth.duplicate.reason.sameGivenName",
                        "youth.duplicate.reason.sameDateOfBirth",
                        "youth.duplicate.reason.samePostcode");
        assertThat(found.score()).isGreaterThanOrEqualTo(90).isLessThan(100);
        assertThat(found.sameBsn()).isFalse();
    }

    @Test
    void aMoroccanNameWithOtherSpellingAndSwappedBirthDateIsFound() {
        LocalDate birth = DuplicateFixtures.swappableBirth();
        UUID id = youths.register(coach, "Mohammed", "El-Amrani", birth, "2526 AB", null);
        LocalDate swapped = LocalDate.of(birth.getYear(), birth.getDayOfMonth(), birth.getMonthValue());

        DuplicateCandidates.Candidate found = candidate(
                candidates.find(
                        coach, new DuplicateCandidates.Person("Mohamed", "El Amrani", swapped, "2526 XY", null), 20),
                id);

        assertThat(found.reasonKeys())
                .contains(
                        "youth.duplicate.reason.sameFamilyName",
                        "youth.duplicate.reason.givenNameAlike",
                        "youth.duplicate.reason.dayMonthSwapped",
                        "youth.duplicate.reason.samePostcodeArea");
    }

    @Test
    void aTypoInTheFamilyNameIsFound() {
        LocalDate birth = DuplicateFixtures.swappableBirth();
        UUID id = youths.register(coach, "Çelik", "Yildirimoglu", birth, null, null);

        DuplicateCandidates.Candidate found = candidate(
                candidates.find(coach, new DuplicateCandidates.Person("Celik", "Yildirimoglo", birth, null, null), 20),
                id);

        assertThat(found.reasonKeys())
                .contains("youth.duplicate.reason.familyNameAlike", "youth.duplicate.reason.sameGivenName");
    }

    @Test
    void aCoachOfAnotherOrganisationGetsNoneAndTheCoordinatorOfTheRegionDoes() {
        LocalDate birth = DuplicateFixtures.swappableBirth();
        UUID id = youths.register(coach, "Fatima", "Bouzambou", birth, "2512 AA", null);
        var person = new DuplicateCandidates.Person("Fatima", "Bouzambou", birth, "2512 AA", null);

        assertThat(candidates.find(logins.currentUser("coach3"), person, 20))
                .extracting(DuplicateCandidates.Candidate::youthId)
                .doesNotContain(id);
        assertThat(candidates.find(logins.currentUser("partner"), person, 20)).isEmpty();
        assertThat(candidates.find(logins.currentUser("coordinator"), person, 20))
                .extracting(DuplicateCandidates.Candidate::youthId)
                .contains(id);
    }

    @Test
    void everyCandidateShownIsLoggedAsListed() {
        LocalDate birth = DuplicateFixtures.swappableBirth();
        UUID id = youths.register(coach, "Sem", "Logvergelijk", birth, null, null);
        long before = fixtures.accessLogRows(id, "LIST", "ALLOWED");

        candidate(
                candidates.find(coach, new DuplicateCandidates.Person("Sem", "Logvergelijk", birth, null, null), 20),
                id);

        assertThat(fixtures.accessLogRows(id, "LIST", "ALLOWED")).isEqualTo(before + 1);
    }

    @Test
    void theCandidatesOfAYouthLeaveTheYouthItselfOut() {
        LocalDate birth = DuplicateFixtures.swappableBirth();
        UUID first = youths.register(coach, "Daan", "Tweelingtest", birth, "2513 AB", null);
        UUID second = youths.register(coach, "Daan", "Tweelingtest", birth, "2513 AB", null);

        DuplicateCandidates.OfYouth result = candidates.forYouth(coach, first, 10);

        assertThat(result.youth().id()).isEqualTo(first);
        assertThat(result.candidates())
                .extracting(DuplicateCandidates.Candidate::youthId)
                .contains(second)
                .doesNotContain(first);
    }

    @Test
    void theRegionListPairsYouthsWithTheSameBirthDateAndASimilarName() {
        LocalDate birth = DuplicateFixtures.swappableBirth();
        UUID first = youths.register(coach, "Yasmina", "Regiopaartest", birth, "2514 AB", null);
        UUID second = youths.register(logins.currentUser("coach3"), "Jasmina", "Regiopaartest", birth, "2514 AB", null);

        // a date whose day cannot be a month, and one whose day equals its month: no error, no self-pairs
        LocalDate late = LocalDate.of(birth.getYear(), 3, 25);
        UUID third = youths.register(coach, "Rayan", "Latedagtest", late, null, null);
        UUID fourth = youths.register(coach, "Rayan", "Latedagtest", late, null, null);
        youths.register(coach, "Mila", "Zelfdedagtest", LocalDate.of(birth.getYear(), 4, 4), null, null);

        CurrentUser coordinator = logins.currentUser("coordinator");
        List<DuplicateCandidates.Pair> pairs = new java.util.ArrayList<>();
        for (int page = 0; page < 100; page++) {
            DuplicateCandidates.PairPage result = candidates.regionPairs(coordinator, page);
            pairs.addAll(result.pairs());
            if (!result.hasNext()) {
                break;
            }
        }
        assertThat(pairs).anyMatch(p -> isPair(p, first, second));
        assertThat(pairs).anyMatch(p -> isPair(p, third, fourth));
        assertThat(pairs).noneMatch(p -> p.first().youthId().equals(p.second().youthId()));
    }

    private static boolean isPair(DuplicateCandidates.Pair pair, UUID a, UUID b) {
        return List.of(pair.first().youthId(), pair.second().youthId()).containsAll(List.of(a, b));
    }

    private static DuplicateCandidates.Candidate candidate(List<DuplicateCandidates.Candidate> found, UUID id) {
        return found.stream()
                .filter(c -> c.youthId().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not among the candidates: " + found));
    }
}
