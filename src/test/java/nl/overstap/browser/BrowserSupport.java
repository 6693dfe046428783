package nl.overstap.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the Playwright browser tests. Subclasses carry {@code @IntegrationTest} themselves
 * (the one shared Spring context on a random port) and get: one Chromium per class, a fresh
 * {@link BrowserContext} for every page opened in a test, a login helper for the Dutch login form and
 * {@link #assertAccessible(Page)} (axe, WCAG 2.0/2.1 A and AA).
 *
 * <p>Chromium is the Debian package ({@value #DEFAULT_EXECUTABLE}, or {@code -Dbrowser.executable}).
 * When it is missing the tests are reported as skipped, unless {@code -Dbrowser.required=true}: then
 * they fail. A failing test leaves a screenshot and the HTML in {@code target/browser-failures}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(BrowserSupport.ChromiumAvailable.class)
abstract class BrowserSupport {

    static final String DEFAULT_EXECUTABLE = "/usr/bin/chromium";
    static final String PASSWORD = "overstap-demo";
    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final double TIMEOUT_MS = 20_000;
    private static final Path FAILURES = Paths.get("target", "browser-failures");

    @LocalServerPort
    int port;

    private Playwright playwright;
    private Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback evidenceOnFailure = this::saveEvidence;

    @BeforeAll
    void launchBrowser() {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        playwright = Playwright.create();
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(executable())
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-quic",
                                "--no-first-run",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync")));
    }

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
        pages.clear();
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** A page in a fresh browser context (own cookies, so own session), closed after the test. */
    Page newPage() {
        return newPage(new Browser.NewContextOptions());
    }

    Page newPage(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options.setLocale("nl-NL").setTimezoneId("Europe/Amsterdam"));
        context.setDefaultTimeout(TIMEOUT_MS);
        context.setDefaultNavigationTimeout(TIMEOUT_MS);
        contexts.add(context);
        Page page = context.newPage();
        pages.add(page);
        return page;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens the login page in a fresh context, checks it with axe and logs in with the mouse. */
    Page loginAs(String username) {
        return loginAs(username, newPage());
    }

    Page loginAs(String username, Page page) {
        page.navigate(url("/login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inloggen")))
                .isVisible();
        assertAccessible(page);
        page.getByLabel("Gebruikersnaam", new Page.GetByLabelOptions().setExact(true))
                .fill(username);
        page.getByLabel("Wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen"))
                .click();
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
        return page;
    }

    /** Runs axe (WCAG 2.0/2.1 A and AA) on the page as it is now and fails listing every violation. */
    static void assertAccessible(Page page) {
        page.waitForLoadState();
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        List<Rule> violations = results.getViolations();
        if (violations != null && !violations.isEmpty()) {
            fail("axe found " + violations.size() + " accessibility violation(s) on " + page.url() + " (\""
                    + page.title() + "\"):\n" + describe(violations));
        }
    }

    private static String describe(List<Rule> violations) {
        StringBuilder text = new StringBuilder();
        for (Rule rule : violations) {
            text.append("- ")
                    .append(rule.getId())
                    .append(" [")
                    .append(rule.getImpact())
                    .append("]: ")
                    .append(rule.getHelp())
                    .append(" (")
                    .append(rule.getHelpUrl())
                    .append(")\n");
            for (CheckedNode node : rule.getNodes()) {
                text.append("    at ").append(node.getTarget()).append(": ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    text.append("\n      ").append(node.getFailureSummary().replace("\n", "\n      "));
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** True when the page itself does not scroll sideways (tables may scroll in their own container). */
    static void assertNoHorizontalScroll(Page page, int viewportWidth) {
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (scrollWidth > viewportWidth + 1) {
            Object wide = page.evaluate("""
                    (width) => Array.from(document.querySelectorAll('body *'))
                        .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
                        .slice(0, 5)
                        .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                            + ' right=' + Math.round(e.getBoundingClientRect().right))
                    """, viewportWidth);
            fail("The page " + page.url() + " scrolls horizontally at " + viewportWidth + " px: scrollWidth "
                    + scrollWidth + ". Widest elements outside .table-scroll: " + wide);
        }
    }

    /** A valid BSN (elfproef) starting with 8, different on every call in practice. */
    static String randomBsn() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        while (true) {
            int[] digits = new int[9];
            digits[0] = 8;
            int sum = 9 * 8;
            for (int i = 1; i < 8; i++) {
                digits[i] = random.nextInt(10);
                sum += (9 - i) * digits[i];
            }
            int last = sum % 11;
            if (last < 10) {
                digits[8] = last;
                return java.util.Arrays.stream(digits)
                        .mapToObj(Integer::toString)
                        .collect(Collectors.joining());
            }
        }
    }

    /** A family name that no demo youth has, so searches and caseload rows are unambiguous. */
    static String uniqueFamilyName(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder name = new StringBuilder(prefix);
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.toString();
    }

    static Path executable() {
        return Paths.get(System.getProperty("browser.executable", DEFAULT_EXECUTABLE));
    }

    private void saveEvidence(ExtensionContext context) {
        if (context.getExecutionException().isEmpty() || pages.isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "-"
                + context.getRequiredTestMethod().getName();
        try {
            Files.createDirectories(FAILURES);
            for (int i = 0; i < pages.size(); i++) {
                Page page = pages.get(i);
                if (page.isClosed()) {
                    continue;
                }
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(FAILURES.resolve(name + "-" + i + ".png"))
                        .setFullPage(true));
                Files.writeString(FAILURES.resolve(name + "-" + i + ".html"), page.url() + "\n" + page.content());
            }
        } catch (Exception e) {
            // Evidence is a courtesy: never hide the real failure behind it.
            context.publishReportEntry("browser-evidence", "could not be saved: " + e);
        }
    }

    /**
     * Skips the whole class (before Spring or Playwright start) when Chromium is missing, unless
     * {@code browser.required=true}: then the class fails with a clear message.
     */
    static final class ChromiumAvailable implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            Path executable = executable();
            if (Files.isExecutable(executable)) {
                return ConditionEvaluationResult.enabled("Chromium found at " + executable);
            }
            String message = "Chromium not found at " + executable
                    + " (install the Debian packages chromium and chromium-driver, or set -Dbrowser.executable)";
            if (Boolean.parseBoolean(System.getProperty("browser.required", "false"))) {
                throw new IllegalStateException(message + ", and -Dbrowser.required=true: browser tests must run");
            }
            return ConditionEvaluationResult.disabled(message + ": browser tests skipped");
        }
    }
}
