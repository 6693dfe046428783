package nl.overstap.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import nl.overstap.identity.TestLogins;
import nl.overstap.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Uploading lists through the web: Dutch errors, the report, the rejected rows as CSV and uploading them again. */
@IntegrationTest
class ListImportWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestLogins logins;

    @Autowired
    JdbcClient jdbc;

    private final long seed = System.nanoTime() % 1_000_000L + 2_000_000L;

    @Test
    void anEmptyFileComesBackWithADutchErrorNextToTheField() throws Exception {
        String html = upload("EARLY_SCHOOL_LEAVERS", new byte[0], "leeg.csv", 200);
        assertThat(html)
                .contains("Kies een bestand. Een leeg bestand kan niet.")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void aWorkbookIsNotACsv() throws Exception {
        byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        assertThat(upload("EARLY_SCHOOL_LEAVERS", xlsx, "lijst.csv", 200)).contains("Dit is geen CSV-bestand");
    }

    @Test
    void aTooLargeFileIsRefused() throws Exception {
        byte[] big = new byte[26 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        assertThat(upload("EARLY_SCHOOL_LEAVERS", big, "groot.csv", 200)).contains("Het bestand is te groot");
    }

    @Test
    void aListWithoutKindOrWithTheWrongColumnsIsRefused() throws Exception {
        byte[] list = ListFiles.rmcList(1, seed).getBytes(StandardCharsets.UTF_8);
        assertThat(upload("", list, "lijst.csv", 200)).contains("Kies de soort lijst.");
        assertThat(upload("YOUTH_CARE_18", list, "lijst.csv", 200))
                .contains("De lijst mist deze kolommen: einddatum zorg");
    }

    @Test
    void uploadReportDownloadFixAndUploadAgain() throws Exception {
        String good = ListFiles.rmcRow(ListFiles.bsnFrom(seed * 17), "Goed" + seed, "Ada", birth(18), "Delft");
        String badBsn = ListFiles.rmcRow("123456789", "Fout" + seed, "=HYPERLINK(\"x\")", birth(19), "Delft");
        String tooOld = ListFiles.rmcRow("", "Oud" + seed, "Bob", birth(40), "Westland");
        byte[] file = (ListFiles.RMC_HEADER + "\n" + good + "\n" + badBsn + "\n" + tooOld + "\n")
                .getBytes(StandardCharsets.UTF_8);

        UUID first = importId(mvc.perform(multipart("/signals/imports")
                        .file(new MockMultipartFile("file", "vsv-november.csv", "text/csv", file))
                        .param("kind", "EARLY_SCHOOL_LEAVERS")
                        .with(csrf())
                        .with(logins.as("coordinator")))
                .andReturn()
                .getResponse());

        String report = get("/signals/imports/" + first);
        assertThat(report)
                .contains("Nieuw signaal: 1")
                .contains("Afgewezen: 2")
                .contains("dit BSN bestaat niet")
                .contains("de jongere is 40 jaar");
        assertThat(get("/signals/imports")).contains("vsv-november.csv");

        MockHttpServletResponse download = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/signals/imports/" + first + "/rejected.csv")
                                .with(logins.as("coordinator")))
                .andReturn()
                .getResponse();
        assertThat(download.getContentType()).startsWith("text/csv");
        byte[] csv = download.getContentAsByteArray();
        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String rejected = new String(csv, StandardCharsets.UTF_8);
        assertThat(rejected)
                .contains("Redenen afwijzing")
                .contains("'=HYPERLINK")
                .doesNotContain("Goed" + seed)
                .contains("Fout" + seed);
        assertThat(rejected.lines().count()).isEqualTo(3);

        // fix the two rows in "Excel": a valid BSN and a younger date of birth
        String fixed =
                rejected.replace("123456789", ListFiles.bsnFrom(seed * 19)).replace(birth(40), birth(22));
        UUID second = importId(mvc.perform(multipart("/signals/imports")
                        .file(new MockMultipartFile(
                                "file",
                                "vsv-november-verbeterd.csv",
                                "text/csv",
                                fixed.getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "EARLY_SCHOOL_LEAVERS")
                        .with(csrf())
                        .with(logins.as("coordinator")))
                .andReturn()
                .getResponse());
        assertThat(get("/signals/imports/" + second))
                .contains("Nieuw signaal: 2")
                .contains("Afgewezen: 0");
        assertThat(jdbc.sql("select given_names from signal where import_id = :id and family_name = :name")
                        .param("id", second)
                        .param("name", "Fout" + seed)
                        .query(String.class)
                        .single())
                .isEqualTo("=HYPERLINK(\"x\")");

        // the same file again: nothing new
        UUID third = importId(mvc.perform(multipart("/signals/imports")
                        .file(new MockMultipartFile("file", "vsv-november.csv", "text/csv", file))
                        .param("kind", "EARLY_SCHOOL_LEAVERS")
                        .with(csrf())
                        .with(logins.as("coordinator")))
                .andReturn()
                .getResponse());
        assertThat(get("/signals/imports/" + third))
                .contains("Nieuw signaal: 0")
                .contains("Gekoppeld aan een bestaand signaal of traject: 1");
        assertThat(jdbc.sql("select count(*) from access_log where object_id = :id and event_type = 'EXPORT'")
                        .param("id", first)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCoachCannotSeeOrUseTheImports() throws Exception {
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                        "/signals/imports")
                                .with(logins.as("coach")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(multipart("/signals/imports")
                                .file(new MockMultipartFile("file", "x.csv", "text/csv", new byte[] {'a'}))
                                .param("kind", "EARLY_SCHOOL_LEAVERS")
                                .with(csrf())
                                .with(logins.as("coach")))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    private String upload(String kind, byte[] bytes, String name, int expectedStatus) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart("/signals/imports")
                        .file(new MockMultipartFile("file", name, "text/csv", bytes))
                        .param("kind", kind)
                        .with(csrf())
                        .with(logins.as("coordinator")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(expectedStatus);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private UUID importId(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(302);
        String location = response.getRedirectedUrl();
        assertThat(location).startsWith("/signals/imports/");
        return UUID.fromString(location.substring("/signals/imports/".length()));
    }

    private String get(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                                .with(logins.as("coordinator")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private static String birth(int years) {
        return ListFiles.birthDateAged(years, LocalDate.now());
    }
}
