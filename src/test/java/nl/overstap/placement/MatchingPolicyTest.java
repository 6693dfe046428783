package nl.overstap.placement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.overstap.assessment.LifeDomain;
import nl.overstap.assessment.Sector;
import nl.overstap.placement.MatchingPolicy.Assessment;
import nl.overstap.placement.MatchingPolicy.Criteria;
import nl.overstap.placement.MatchingPolicy.Known;
import nl.overstap.placement.MatchingPolicy.PlaceFacts;
import nl.overstap.placement.MatchingPolicy.Tone;
import nl.overstap.placement.MatchingPolicy.Weights;
import nl.overstap.placement.MatchingPolicy.Youth;
import nl.overstap.youth.StartQualification;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MatchingPolicyTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Delft city centre and a point about 8 km further (Den Haag centre). */
    static final Travel.Point DELFT = new Travel.Point(52.0116, 4.3571);

    static final Travel.Point DEN_HAAG = new Travel.Point(52.0799, 4.3113);
    static final Travel.Point ZOETERMEER = new Travel.Point(52.0607, 4.4940);

    static final ReasonTexts TEXTS = new ReasonTexts(messages());

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static Youth youth(int age, StartQualification sq, Set<Sector> interests, Set<LifeDomain> low) {
        return new Youth(UUID.randomUUID(), age, sq, DELFT, true, interests, low);
    }

    static Youth plainYouth() {
        return youth(19, StartQualification.YES, EnumSet.of(Sector.TECHNOLOGY), Set.of());
    }

    static PlaceFacts place(Sector sector, Travel.Point at) {
        return new PlaceFacts(
                UUID.randomUUID(),
                sector,
                at,
                24,
                32,
                TODAY.plusDays(10),
                false,
                null,
                false,
                null,
                false,
                false,
                false);
    }

    static Criteria known() {
        return new Criteria(32, 45, Known.YES, DutchLevel.B1, Known.NO);
    }

    static List<String> texts(Assessment a) {
        return a.reasons().stream().map(TEXTS::text).toList();
    }

    static List<String> texts(Assessment a, Tone tone) {
        return a.reasons().stream()
                .filter(r -> r.tone() == tone)
                .map(TEXTS::text)
                .toList();
    }

    // ---- hard requirements ----

    @Test
    void leavesOutAPlaceForOlderYouthsWithAReason() {
        PlaceFacts p = withMinimumAge(place(Sector.TECHNOLOGY, DELFT), 18);
        Assessment a = MatchingPolicy.assess(
                youth(17, StartQualification.YES, Set.of(), Set.of()), known(), Weights.DEFAULT, p, TODAY);
        assertThat(a.eligible()).isFalse();
        assertThat(texts(a, Tone.BLOCK)).containsExactly("Vraagt minimaal 18 jaar; de jongere is 17");
        Assessment ok = MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, p, TODAY);
        assertThat(ok.eligible()).isTrue();
        assertThat(texts(ok)).contains("Minimaal 18 jaar: dat haalt de jongere");
    }

    @Test
    void startQualificationFiltersWhenMissingAndSaysSoWhenUnknown() {
        PlaceFacts p = new PlaceFacts(
                UUID.randomUUID(), Sector.ICT, DELFT, 24, 32, null, true, null, false, null, false, false, false);
        assertThat(texts(
                        MatchingPolicy.assess(
                                youth(19, StartQualification.NO, Set.of(), Set.of()),
                                known(),
                                Weights.DEFAULT,
                                p,
                                TODAY),
                        Tone.BLOCK))
                .containsExactly("Vraagt een startkwalificatie: de jongere heeft die niet");
        Assessment unknown = MatchingPolicy.assess(
                youth(19, StartQualification.UNKNOWN, Set.of(), Set.of()), known(), Weights.DEFAULT, p, TODAY);
        assertThat(unknown.eligible()).isTrue();
        assertThat(texts(unknown, Tone.UNKNOWN))
                .contains("Vraagt een startkwalificatie: niet bekend of de jongere die heeft");
        Assessment yes = MatchingPolicy.assess(
                youth(19, StartQualification.YES, Set.of(), Set.of()), known(), Weights.DEFAULT, p, TODAY);
        assertThat(texts(yes, Tone.FIT)).contains("Vraagt een startkwalificatie: de jongere heeft die");
        assertThat(unknown.score()).isEqualTo(yes.score() - MatchingPolicy.UNKNOWN_PENALTY);
    }

    @Test
    void drivingLicenceUnknownIsNeverTakenAsMet() {
        PlaceFacts p = new PlaceFacts(
                UUID.randomUUID(), Sector.LOGISTICS, DELFT, 24, 32, null, false, null, true, null, false, false, false);
        Criteria unknown = new Criteria(32, 45, Known.UNKNOWN, DutchLevel.B1, Known.NO);
        Criteria none = new Criteria(32, 45, Known.NO, DutchLevel.B1, Known.NO);
        assertThat(texts(MatchingPolicy.assess(plainYouth(), unknown, Weights.DEFAULT, p, TODAY), Tone.UNKNOWN))
                .contains("Vraagt rijbewijs: niet bekend of de jongere dat heeft");
        assertThat(texts(MatchingPolicy.assess(plainYouth(), none, Weights.DEFAULT, p, TODAY), Tone.BLOCK))
                .containsExactly("Vraagt rijbewijs: de jongere heeft dat niet");
        assertThat(texts(MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, p, TODAY), Tone.FIT))
                .contains("Vraagt rijbewijs: de jongere heeft dat");
    }

    @Test
    void dutchLevelBelowTheRequiredOneFilters() {
        PlaceFacts p = new PlaceFacts(
                UUID.randomUUID(),
                Sector.CARE,
                DELFT,
                24,
                32,
                null,
                false,
                null,
                false,
                DutchLevel.B1,
                false,
                false,
                false);
        Criteria low = new Criteria(32, 45, Known.YES, DutchLevel.A2, Known.NO);
        Criteria unknown = new Criteria(32, 45, Known.YES, null, Known.NO);
        assertThat(texts(MatchingPolicy.assess(plainYouth(), low, Weights.DEFAULT, p, TODAY), Tone.BLOCK))
                .containsExactly("Vraagt Nederlands op niveau B1; de jongere heeft A2");
        assertThat(texts(MatchingPolicy.assess(plainYouth(), unknown, Weights.DEFAULT, p, TODAY), Tone.UNKNOWN))
                .contains("Vraagt Nederlands op niveau B1: niveau van de jongere niet bekend");
        assertThat(texts(MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, p, TODAY), Tone.FIT))
                .contains("Vraagt Nederlands op niveau B1: dat haalt de jongere");
    }

    @Test
    void certificateOfConductFiltersOnlyWhenKnownToBeAProblem() {
        PlaceFacts p = new PlaceFacts(
                UUID.randomUUID(), Sector.CARE, DELFT, 24, 32, null, false, null, false, null, true, false, false);
        Criteria problem = new Criteria(32, 45, Known.YES, DutchLevel.B1, Known.YES);
        Criteria unknown = new Criteria(32, 45, Known.YES, DutchLevel.B1, Known.UNKNOWN);
        assertThat(texts(MatchingPolicy.assess(plainYouth(), problem, Weights.DEFAULT, p, TODAY), Tone.BLOCK))
                .containsExactly("Vraagt een VOG: die is naar verwachting een probleem");
        Assessment a = MatchingPolicy.assess(plainYouth(), unknown, Weights.DEFAULT, p, TODAY);
        assertThat(a.eligible()).isTrue();
        assertThat(texts(a, Tone.UNKNOWN)).contains("Vraagt een VOG: niet bekend of dat een probleem is");
        assertThat(texts(MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, p, TODAY), Tone.FIT))
                .contains("Vraagt een VOG: geen probleem verwacht");
    }

    @Test
    void hoursOutsideTheAvailabilityFilterAndFittingHoursScore() {
        PlaceFacts p = place(Sector.TECHNOLOGY, DELFT);
        assertThat(texts(
                        MatchingPolicy.assess(
                                plainYouth(),
                                new Criteria(16, 45, Known.YES, DutchLevel.B1, Known.NO),
                                Weights.DEFAULT,
                                p,
                                TODAY),
                        Tone.BLOCK))
                .containsExactly("Vraagt minimaal 24 uur per week; de jongere kan 16 uur");
        assertThat(texts(MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, p, TODAY)))
                .contains("24 tot 32 uur per week: past bij 32 uur beschikbaar");
        assertThat(texts(MatchingPolicy.assess(
                        plainYouth(),
                        new Criteria(28, 45, Known.YES, DutchLevel.B1, Known.NO),
                        Weights.DEFAULT,
                        p,
                        TODAY)))
                .contains("24 tot 32 uur per week: kan met 28 uur, niet met het maximum");
        assertThat(texts(
                        MatchingPolicy.assess(plainYouth(), Criteria.unknown(), Weights.DEFAULT, p, TODAY),
                        Tone.UNKNOWN))
                .contains("24 tot 32 uur per week: beschikbare uren van de jongere niet ingevuld");
    }

    @Test
    void travelBeyondTheMaximumFiltersAndNearbyIsExplainedInKmAndMinutes() {
        Assessment near = MatchingPolicy.assess(
                plainYouth(), known(), Weights.DEFAULT, place(Sector.TECHNOLOGY, DEN_HAAG), TODAY);
        // Delft to Den Haag centre is about 8.2 km: 5 + 8.2 * 1.3 * 2 = about 26 minutes
        assertThat(texts(near, Tone.FIT)).contains("8,2 km, ongeveer 26 minuten reizen");
        Criteria short20 = new Criteria(32, 20, Known.YES, DutchLevel.B1, Known.NO);
        assertThat(texts(
                        MatchingPolicy.assess(
                                plainYouth(), short20, Weights.DEFAULT, place(Sector.TECHNOLOGY, DEN_HAAG), TODAY),
                        Tone.BLOCK))
                .containsExactly("8,2 km, ongeveer 26 minuten reizen: meer dan 20 minuten");
        PlaceFacts nowhere = new PlaceFacts(
                UUID.randomUUID(),
                Sector.TECHNOLOGY,
                null,
                24,
                32,
                null,
                false,
                null,
                false,
                null,
                false,
                false,
                false);
        assertThat(texts(MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, nowhere, TODAY), Tone.UNKNOWN))
                .contains("Afstand niet bekend: geen plaats bekend van de jongere of van de plek");
    }

    // ---- soft criteria ----

    @Test
    void sectorFitsInterestOrSaysWhyNot() {
        assertThat(texts(
                        MatchingPolicy.assess(
                                plainYouth(), known(), Weights.DEFAULT, place(Sector.TECHNOLOGY, DELFT), TODAY),
                        Tone.FIT))
                .contains("techniek is een interesse van de jongere");
        assertThat(texts(
                        MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, place(Sector.ICT, DELFT), TODAY),
                        Tone.CONCERN))
                .contains("Sector ICT staat niet bij de interesses van de jongere");
        Youth noScan = new Youth(UUID.randomUUID(), 19, StartQualification.YES, DELFT, false, Set.of(), Set.of());
        assertThat(texts(
                        MatchingPolicy.assess(noScan, known(), Weights.DEFAULT, place(Sector.ICT, DELFT), TODAY),
                        Tone.UNKNOWN))
                .contains("Interesses niet bekend: de jongere heeft nog geen scan");
        Youth noInterests = youth(19, StartQualification.YES, Set.of(), Set.of());
        assertThat(texts(
                        MatchingPolicy.assess(noInterests, known(), Weights.DEFAULT, place(Sector.ICT, DELFT), TODAY),
                        Tone.UNKNOWN))
                .contains("Interesses niet bekend: de scan noemt geen interesses");
    }

    @Test
    void supportCountsWhereTheScanShowsANeed() {
        Youth needy =
                youth(19, StartQualification.YES, EnumSet.of(Sector.TECHNOLOGY), EnumSet.of(LifeDomain.MENTAL_HEALTH));
        PlaceFacts coached = new PlaceFacts(
                UUID.randomUUID(),
                Sector.TECHNOLOGY,
                DELFT,
                24,
                32,
                null,
                false,
                null,
                false,
                null,
                false,
                false,
                true);
        PlaceFacts bare = place(Sector.TECHNOLOGY, DELFT);
        Assessment withCoach = MatchingPolicy.assess(needy, known(), Weights.DEFAULT, coached, TODAY);
        Assessment without = MatchingPolicy.assess(needy, known(), Weights.DEFAULT, bare, TODAY);
        assertThat(texts(withCoach, Tone.FIT))
                .contains("De scan laat zien dat begeleiding helpt: deze plek heeft een jobcoach");
        assertThat(texts(without, Tone.CONCERN))
                .contains(
                        "De scan laat zien dat begeleiding helpt, maar deze plek heeft geen werkplekbegeleider of jobcoach");
        assertThat(withCoach.score()).isGreaterThan(without.score());
        PlaceFacts both = new PlaceFacts(
                UUID.randomUUID(), Sector.TECHNOLOGY, DELFT, 24, 32, null, false, null, false, null, false, true, true);
        assertThat(texts(MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, both, TODAY)))
                .contains("Heeft een werkplekbegeleider en een jobcoach");
        Youth noScan = new Youth(UUID.randomUUID(), 19, StartQualification.YES, DELFT, false, Set.of(), Set.of());
        assertThat(texts(MatchingPolicy.assess(noScan, known(), Weights.DEFAULT, bare, TODAY)))
                .contains("Niet bekend of begeleiding nodig is (geen scan); de plek heeft geen vaste begeleiding");
    }

    @Test
    void aStartSoonCountsAndALateStartIsMentioned() {
        PlaceFacts soon = place(Sector.TECHNOLOGY, DELFT);
        PlaceFacts late = new PlaceFacts(
                UUID.randomUUID(),
                Sector.TECHNOLOGY,
                DELFT,
                24,
                32,
                TODAY.plusDays(120),
                false,
                null,
                false,
                null,
                false,
                false,
                false);
        Assessment a = MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, soon, TODAY);
        Assessment b = MatchingPolicy.assess(plainYouth(), known(), Weights.DEFAULT, late, TODAY);
        assertThat(texts(a)).contains("Begint binnenkort: 3 december 2026");
        assertThat(texts(b, Tone.CONCERN)).contains("Begint pas op 23 maart 2027");
        assertThat(a.score() - b.score()).isEqualTo(MatchingPolicy.START_BONUS);
    }

    @Test
    void weightsChangeTheOrderAsExplained() {
        // near but the wrong sector, versus the right sector further away
        PlaceFacts nearOther = place(Sector.RETAIL, DELFT);
        PlaceFacts farFitting = place(Sector.TECHNOLOGY, ZOETERMEER);
        Criteria c = new Criteria(32, 60, Known.YES, DutchLevel.B1, Known.NO);
        Weights sectorHeavy = new Weights(5, 1, 2, 2);
        Weights distanceHeavy = new Weights(1, 5, 2, 2);
        assertThat(MatchingPolicy.assess(plainYouth(), c, sectorHeavy, farFitting, TODAY)
                        .score())
                .isGreaterThan(MatchingPolicy.assess(plainYouth(), c, sectorHeavy, nearOther, TODAY)
                        .score());
        assertThat(MatchingPolicy.assess(plainYouth(), c, distanceHeavy, nearOther, TODAY)
                        .score())
                .isGreaterThan(MatchingPolicy.assess(plainYouth(), c, distanceHeavy, farFitting, TODAY)
                        .score());
    }

    @Test
    void aLeftOutPlaceScoresZero() {
        Assessment a = MatchingPolicy.assess(
                plainYouth(),
                new Criteria(8, 45, Known.YES, DutchLevel.B1, Known.NO),
                Weights.DEFAULT,
                place(Sector.TECHNOLOGY, DELFT),
                TODAY);
        assertThat(a.eligible()).isFalse();
        assertThat(a.score()).isZero();
        assertThat(a.reasons().get(0).tone()).isEqualTo(Tone.BLOCK);
    }

    @Test
    void travelEstimateIsDocumentedArithmetic() {
        assertThat(Travel.minutes(0)).isEqualTo(5);
        assertThat(Travel.minutes(10)).isEqualTo(31);
        assertThat(Travel.haversineKm(DELFT, DEN_HAAG)).isBetween(8.0, 8.6);
        assertThat(Travel.minutes(Travel.maxKm(45))).isLessThanOrEqualTo(46);
    }

    private static PlaceFacts withMinimumAge(PlaceFacts p, int age) {
        return new PlaceFacts(
                p.id(),
                p.sector(),
                p.location(),
                p.hoursMin(),
                p.hoursMax(),
                p.startDate(),
                p.requiresStartQualification(),
                age,
                p.requiresDrivingLicence(),
                p.dutchLevel(),
                p.requiresConductCertificate(),
                p.offersWorkplaceMentor(),
                p.offersJobCoach());
    }
}
