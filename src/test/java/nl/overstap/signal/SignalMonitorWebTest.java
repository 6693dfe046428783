package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.overstap.identity.TestLogins;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The "Iedereen in beeld" monitor: every number links to a list of exactly that many signals (all pages
 * followed), the links carry only enum filters, the unowned come first, and only coordinators get in.
 */
@IntegrationTest
class SignalMonitorWebTest {

    private static final Pattern COUNT_LINK =
            Pattern.compile("<a href=\"(/monitor[^\"]*)\" data-count=\"(\\w+)\">(\\d+)</a>");
    private static final Pattern ROW = Pattern.compile("<tr data-signal=\"([0-9a-f-]{36})\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    String body(String username, String path) throws Exception {
        return mvc.perform(get(path).with(logins.as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void everyCountEqualsTheRowsBehindItsLink() throws Exception {
        // One unowned signal of our own, so the unowned bucket is never empty.
        mvc.perform(post("/signals")
                        .with(csrf())
                        .with(logins.as("partner"))
                        .param("source", "UWV")
                        .param("urgency", "HIGH")
                        .param("reason", "Monitor test")
                        .param(
                                "familyName",
                                "Monitortest" + UUID.randomUUID().toString().substring(0, 6))
                        .param("municipality", "OTHER"))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("update signal set assigned_organisation_id = null where reason = 'Monitor test'")
                .update();

        String monitor = body("coordinator", "/monitor");
        Matcher links = COUNT_LINK.matcher(monitor);
        int checked = 0;
        List<String> mismatches = new ArrayList<>();
        while (links.find()) {
            String href = HtmlUtils.htmlUnescape(links.group(1));
            assertThat(href).matches("/monitor(\\?([a-z]+=[A-Z0-9a-z_]+&?)+)?");
            long expected = Long.parseLong(links.group(3));
            long rows = rowsBehind(href);
            if (rows != expected) {
                mismatches.add(href + " (" + links.group(2) + "): count " + expected + ", rows " + rows);
            }
            checked++;
        }
        assertThat(checked).as("count links on the monitor").isGreaterThan(20);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void unownedSignalsComeFirstInTheList() throws Exception {
        String html = body("coordinator", "/monitor");
        long unowned = jdbc.sql("""
                        select count(*) from signal where region = 'Haaglanden' and status = 'OPEN'
                           and assigned_organisation_id is null
                        """).query(Long.class).single();
        Matcher rows = ROW.matcher(html);
        List<UUID> ids = new ArrayList<>();
        while (rows.find()) {
            ids.add(UUID.fromString(rows.group(1)));
        }
        assertThat(ids).isNotEmpty();
        for (int i = 0; i < Math.min(unowned, ids.size()); i++) {
            assertThat(jdbc.sql("select assigned_organisation_id is null from signal where id = :id")
                            .param("id", ids.get(i))
                            .query(Boolean.class)
                            .single())
                    .as("row " + i + " is unowned")
                    .isTrue();
        }
    }

    @Test
    void onlyCoordinatorsSeeTheMonitor() throws Exception {
        for (String who : List.of("coach", "coach3", "partner", "analyst", "admin")) {
            mvc.perform(get("/monitor").with(logins.as(who))).andExpect(status().isNotFound());
        }
    }

    private long rowsBehind(String href) throws Exception {
        long rows = 0;
        for (int page = 0; page < 1000; page++) {
            String html = body("coordinator", href + (href.contains("?") ? "&" : "?") + "page=" + page);
            Matcher matcher = ROW.matcher(html);
            while (matcher.find()) {
                rows++;
            }
            if (!html.contains("page=" + (page + 1) + "\"")) {
                return rows;
            }
        }
        throw new AssertionError("more than 1000 pages behind " + href);
    }
}
