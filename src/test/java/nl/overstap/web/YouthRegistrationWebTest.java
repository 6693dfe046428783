package nl.overstap.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.overstap.identity.TestLogins;
import nl.overstap.shared.DutchTime;
import nl.overstap.support.DemoFixtures;
import nl.overstap.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/** Registering a youth: Dutch errors next to the fields and in a summary, nothing typed is lost. */
@IntegrationTest
class YouthRegistrationWebTest {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    DemoFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void badInputShowsDutchErrorsAndKeepsEverythingTyped() throws Exception {
        long before = fixtures.count("youth");
        String tooYoung = LocalDate.now(DutchTime.ZONE).minusYears(14).format(DUTCH);
        String html = mvc.perform(form("Aïsha Fatima", "", tooYoung, "123456789", "12345")
                        .param("phone", "06-123")
                        .param("email", "geen-mail"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String page = HtmlUtils.htmlUnescape(html);
        assertThat(page)
                .contains("Er is iets niet goed ingevuld")
                .contains("Vul de achternaam in.")
                .contains("jonger dan 16 jaar")
                .contains("Dit is geen geldig BSN")
                .contains("Vul een Nederlandse postcode in")
                .contains("value=\"Aïsha Fatima\"")
                .contains("value=\"" + tooYoung + "\"")
                .contains("value=\"123456789\"")
                .contains("value=\"12345\"")
                .contains("value=\"06-123\"")
                .contains("value=\"geen-mail\"")
                .contains("aria-invalid=\"true\"")
                .contains("href=\"#familyName\"");
        assertThat(fixtures.count("youth")).isEqualTo(before);
    }

    @Test
    void tooOldIsRefusedWithAClearReason() throws Exception {
        mvc.perform(form(
                        "Kees",
                        "Ouder",
                        LocalDate.now(DutchTime.ZONE).minusYears(28).format(DUTCH),
                        "",
                        ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ouder dan 27 jaar")));
    }

    @Test
    void validInputRegistersAndStoresTheBsnEncryptedOnly() throws Exception {
        String birth =
                LocalDate.now(DutchTime.ZONE).minusYears(19).minusDays(173).format(DUTCH);
        mvc.perform(form("Noor", "Registratietest", birth, "111222333", "2511ab"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/youths/*"));
        var stored = jdbc.sql(
                        "select postcode, bsn_encrypted, bsn_hash from youth where family_name = 'Registratietest'")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .single();
        assertThat(stored[0]).isEqualTo("2511 AB");
        assertThat(stored[1]).isNotBlank().doesNotContain("111222333");
        assertThat(stored[2]).isNotBlank().doesNotContain("111222333");

        mvc.perform(form("Ander", "Persoon", birth, "111 222 333", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Er staat al een jongere met dit BSN")));
    }

    @Test
    void sameNameAndBirthDateAsksForConfirmation() throws Exception {
        String birth = LocalDate.now(DutchTime.ZONE).minusYears(20).format(DUTCH);
        mvc.perform(form("Lieke", "Dubbeltest", birth, "", "")).andExpect(status().is3xxRedirection());
        long before = fixtures.count("youth");
        mvc.perform(form("Lieke", "Dubbeltest", birth, "", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("staat misschien al in Overstap")));
        assertThat(fixtures.count("youth")).isEqualTo(before);
        mvc.perform(form("Lieke", "Dubbeltest", birth, "", "").param("confirmDuplicate", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.count("youth")).isEqualTo(before + 1);
    }

    @Test
    void onlyCoachesRegisterYouths() throws Exception {
        mvc.perform(post("/youths")
                        .with(logins.as("coordinator"))
                        .with(csrf())
                        .param("givenNames", "Niet")
                        .param("familyName", "Toegestaan"))
                .andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder form(String given, String family, String birth, String bsn, String postcode) {
        return post("/youths")
                .with(logins.as("coach"))
                .with(csrf())
                .param("givenNames", given)
                .param("familyName", family)
                .param("dateOfBirth", birth)
                .param("bsn", bsn)
                .param("postcode", postcode)
                .param("municipality", "DEN_HAAG")
                .param("educationStatus", "EARLY_SCHOOL_LEAVER")
                .param("startQualification", "NO");
    }
}
