package nl.overstap.youth;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The duplicate and merge pages: what they show, what they refuse, and 404 for bad or forbidden ids. */
@IntegrationTest
class YouthMergeWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    YouthRegistration registration;

    UUID first;
    UUID second;
    UUID otherOrganisation;
    LocalDate birth;

    @BeforeEach
    void twoRecordsOfOnePerson() {
        DuplicateFixtures fixtures = new DuplicateFixtures(registration);
        birth = DuplicateFixtures.swappableBirth();
        first = fixtures.register(logins.currentUser("coach"), "Ilse", "Webdubbeltest", birth, "2515 AB", null);
        second = fixtures.register(logins.currentUser("coach"), "Ilse", "Webdubbeltest", birth, "2515AB", null);
        otherOrganisation =
                fixtures.register(logins.currentUser("coach3"), "Ilse", "Webdubbeltest", birth, "2515 AB", null);
    }

    @Test
    void theDuplicatesPageShowsTheOtherRecordWithReasonsAndACompareLink() throws Exception {
        mvc.perform(get("/youths/{id}/duplicates", first).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/youths/" + first + "/merge?other=" + second)))
                .andExpect(content().string(Matchers.containsString("Zelfde geboortedatum")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(otherOrganisation.toString()))));
    }

    @Test
    void theComparisonShowsBothRecordsAndTheChoice() throws Exception {
        mvc.perform(get("/youths/{id}/merge", first)
                        .param("other", second.toString())
                        .with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Welk dossier blijft?")))
                .andExpect(content().string(Matchers.containsString("Webdubbeltest")));
    }

    @Test
    void mergingWithoutAChoiceComesBackWithAMessage() throws Exception {
        mvc.perform(post("/youths/{id}/merge", first)
                        .param("other", second.toString())
                        .with(logins.as("coach"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/youths/" + first + "/merge?other=" + second))
                .andExpect(flash().attribute("mergeError", "youth.merge.error.keep"));
    }

    @Test
    void mergeThenUndoThroughThePages() throws Exception {
        mvc.perform(post("/youths/{id}/merge", first)
                        .param("other", second.toString())
                        .param("keep", "other")
                        .with(logins.as("coach"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/youths/" + second + "/duplicates"))
                .andExpect(flash().attribute("message", "youth.merge.done"));
        mvc.perform(get("/youths/{id}", first).with(logins.as("coach"))).andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/duplicates", second).with(logins.as("coach")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/youths/" + second + "/merge/undo")));
        mvc.perform(post("/youths/{id}/merge/undo", second)
                        .with(logins.as("coach"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/youths/" + second + "/duplicates"))
                .andExpect(flash().attribute("message", "youth.merge.undone"));
        mvc.perform(get("/youths/{id}", first).with(logins.as("coach"))).andExpect(status().isOk());
    }

    @Test
    void unknownForbiddenAndMergedAwayIdsAnswer404() throws Exception {
        UUID unknown = UUID.randomUUID();
        mvc.perform(get("/youths/{id}/duplicates", unknown).with(logins.as("coach")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/duplicates", first).with(logins.as("coach3")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/merge", first)
                        .param("other", unknown.toString())
                        .with(logins.as("coach")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/merge", first)
                        .param("other", otherOrganisation.toString())
                        .with(logins.as("coach")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/merge", first)
                        .param("other", first.toString())
                        .with(logins.as("coach")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/youths/{id}/merge", first)
                        .param("other", otherOrganisation.toString())
                        .param("keep", "this")
                        .with(logins.as("coach"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/youths/{id}/duplicates", first).with(logins.as("partner")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/duplicates").with(logins.as("coach"))).andExpect(status().isNotFound());
    }

    @Test
    void theCoordinatorSeesThePairInTheRegionList() throws Exception {
        mvc.perform(get("/duplicates").with(logins.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Mogelijk dubbele dossiers in de regio")));
    }

    @Test
    void registrationWarnsWithTheCandidateFinderForASimilarName() throws Exception {
        mvc.perform(post("/youths")
                        .with(logins.as("coach"))
                        .with(csrf())
                        .param("givenNames", "Ilse")
                        .param("familyName", "Webdubbeltéste")
                        .param("dateOfBirth", birth.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")))
                        .param("municipality", "DEN_HAAG")
                        .param("educationStatus", "EARLY_SCHOOL_LEAVER")
                        .param("startQualification", "NO"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("staat misschien al in Overstap")))
                .andExpect(content().string(Matchers.containsString("/youths/" + first)));
    }
}
