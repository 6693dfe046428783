package nl.overstap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * All text the user sees comes from {@code messages_nl.properties}: templates hold no literal text
 * and no literal {@code title}, {@code alt}, {@code placeholder} or {@code aria-label}, every static
 * message key they use exists, and the bundle defines no key twice.
 *
 * <p>Templates are read with AttoParser, the HTML parser Thymeleaf itself uses. Thymeleaf
 * parser-level comments ({@code <!--/* ... *&#47;-->}) are dropped first, prototype-only comments
 * ({@code <!--/*&#47; ... /*&#47;-->}) are unwrapped because Thymeleaf renders their content.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MESSAGES = Path.of("src/main/resources/messages_nl.properties");

    /** Attributes whose value is read out or shown, so must come from a th: version. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

    /** Elements whose content is code, not text for people. */
    private static final Set<String> CODE_ELEMENTS = Set.of("script", "style");

    private static final Pattern PROTOTYPE_ONLY_COMMENT = Pattern.compile("<!--/\\*/(.*?)/\\*/-->", Pattern.DOTALL);
    private static final Pattern PARSER_LEVEL_COMMENT = Pattern.compile("<!--/\\*.*?\\*/-->", Pattern.DOTALL);
    private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);

    /**
     * A message expression with a static key: {@code #{a.b}} or {@code #{a.b(${x})}}. Keys built at
     * run time ({@code #{${key}}}, {@code #{'phase.' + ${p}}}) start with $ or a quote and do not
     * match.
     */
    private static final Pattern STATIC_MESSAGE_KEY =
            Pattern.compile("#\\{\\s*([A-Za-z][\\w-]*(?:\\.[\\w-]+)*)\\s*[}(]");

    private static Map<String, String> templates;

    @BeforeAll
    static void readTemplates() throws IOException {
        assertThat(TEMPLATES).as("template folder (run from the project root)").isDirectory();
        templates = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            for (Path file :
                    walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String relative = TEMPLATES.relativize(file).toString().replace('\\', '/');
                templates.put(relative, withoutThymeleafComments(Files.readString(file, StandardCharsets.UTF_8)));
            }
        }
        assertThat(templates).as("templates").isNotEmpty().containsKey("fragments/layout.html");
    }

    @Test
    void templatesHaveNoLiteralText() throws ParseException {
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> template : templates.entrySet()) {
            problems.addAll(literalTextIn(template.getKey(), template.getValue()));
        }
        assertThat(problems)
                .as("literal text in templates; use th:text / th:title / th:alt / th:placeholder /"
                        + " th:aria-label with a #{key} from messages_nl.properties")
                .isEmpty();
    }

    @Test
    void detectorFindsLiteralTextAndAttributes() throws ParseException {
        String html = """
                <div th:fragment="x">
                  <!--/* Een opmerking voor ontwikkelaars wordt niet getoond. */-->
                  <!-- Ook een HTML-opmerking niet. -->
                  <h1 th:text="#{title}"></h1>
                  <p>Welkom terug</p>
                  <img src="a.png" alt="Logo" th:title="#{ok}">
                  <img src="b.png" alt="">
                  <input placeholder="Zoek een jongere">
                  <nav aria-label="Hoofdmenu" th:attr="aria-label=#{layout.nav}"></nav>
                  <button title="Opslaan" th:text="#{save}"></button>
                  <p>[[${name}]]</p>
                  <script>const x = 1;</script>
                </div>
                """;

        List<String> problems = literalTextIn("test.html", withoutThymeleafComments(html));

        assertThat(problems)
                .containsExactly(
                        "test.html:5: text \"Welkom terug\" in <p>",
                        "test.html:6: literal alt=\"Logo\" on <img>",
                        "test.html:8: literal placeholder=\"Zoek een jongere\" on <input>",
                        "test.html:9: literal aria-label=\"Hoofdmenu\" on <nav>",
                        "test.html:10: literal title=\"Opslaan\" on <button>");
    }

    @Test
    void everyStaticMessageKeyInTemplatesExists() throws IOException {
        Properties messages = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        Map<String, Set<String>> keysByTemplate = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, String> template : templates.entrySet()) {
            Set<String> keys = staticMessageKeys(template.getValue());
            keysByTemplate.put(template.getKey(), keys);
            for (String key : keys) {
                if (!messages.containsKey(key)) {
                    missing.add(template.getKey() + ": #{" + key + "}");
                }
            }
        }
        assertThat(keysByTemplate.values().stream().mapToInt(Set::size).sum())
                .as("static message keys found in templates")
                .isGreaterThan(50);
        assertThat(missing)
                .as("message keys used in templates but missing in " + MESSAGES)
                .isEmpty();
    }

    @Test
    void keyFinderSkipsKeysBuiltAtRunTime() {
        String html = """
                <p th:text="#{a.b}"></p>
                <p th:text="#{nav.logout(${#authentication.name})}"></p>
                <p th:text="#{file.inPhase(#{'phase.' + ${p}}, ${days})}"></p>
                <p th:text="#{${message}}"></p>
                <p th:text="#{'role.' + ${role}}"></p>
                <nav th:attr="aria-label=#{layout.nav}"></nav>
                """;

        assertThat(staticMessageKeys(html)).containsExactly("a.b", "file.inPhase", "layout.nav", "nav.logout");
    }

    @Test
    void messagesDefineEveryKeyOnce() throws IOException {
        List<String> keys = keysInOrder(Files.readAllLines(MESSAGES, StandardCharsets.UTF_8));
        Set<String> seen = new HashSet<>();
        Set<String> duplicates = new TreeSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                duplicates.add(key);
            }
        }
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(MESSAGES, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        }

        assertThat(seen)
                .as("keys read line by line, compared with java.util.Properties")
                .isEqualTo(loaded.keySet());
        assertThat(duplicates).as("keys defined more than once in " + MESSAGES).isEmpty();
    }

    @Test
    void duplicateFinderReadsPropertiesSyntax() {
        List<String> lines = List.of(
                "# comment = not a key",
                "  ! also a comment",
                "a.b=1",
                "a.c : 2 \\",
                "  a.b=continued value, not a key",
                "a\\=b = escaped equals sign",
                "a.d   spaces separate too",
                "",
                "a.b=again");

        assertThat(keysInOrder(lines)).containsExactly("a.b", "a.c", "a=b", "a.d", "a.b");
    }

    private static String withoutThymeleafComments(String html) {
        String unwrapped = PROTOTYPE_ONLY_COMMENT
                .matcher(html)
                .replaceAll(match -> Matcher.quoteReplacement("       " + match.group(1) + "      "));
        // keep the line breaks so that reported line numbers stay right
        return PARSER_LEVEL_COMMENT
                .matcher(unwrapped)
                .replaceAll(match -> match.group().replaceAll("[^\n]", ""));
    }

    private static List<String> literalTextIn(String name, String html) throws ParseException {
        List<String> problems = new ArrayList<>();
        Deque<String> open = new ArrayDeque<>();
        String[] current = {""};
        new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, new AbstractMarkupHandler() {

            @Override
            public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
                current[0] = new String(buffer, offset, len).toLowerCase(Locale.ROOT);
                open.push(current[0]);
            }

            @Override
            public void handleAutoOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
                handleOpenElementStart(buffer, offset, len, line, col);
            }

            @Override
            public void handleStandaloneElementStart(
                    char[] buffer, int offset, int len, boolean minimized, int line, int col) {
                current[0] = new String(buffer, offset, len).toLowerCase(Locale.ROOT);
            }

            @Override
            public void handleCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
                open.poll();
            }

            @Override
            public void handleAutoCloseElementEnd(char[] buffer, int offset, int len, int line, int col) {
                open.poll();
            }

            @Override
            public void handleText(char[] buffer, int offset, int len, int line, int col) {
                String element = open.isEmpty() ? "" : open.peek();
                String text = new String(buffer, offset, len);
                String visible = INLINED_EXPRESSION
                        .matcher(text)
                        .replaceAll("")
                        .replace("&nbsp;", " ")
                        .replace('\u00A0', ' ')
                        .strip();
                if (!CODE_ELEMENTS.contains(element) && !visible.isEmpty()) {
                    int firstLine = line
                            + (int) text.substring(0, text.indexOf(visible.charAt(0)))
                                    .chars()
                                    .filter(c -> c == '\n')
                                    .count();
                    problems.add("%s:%d: text \"%s\" in <%s>".formatted(name, firstLine, text.strip(), element));
                }
            }

            @Override
            public void handleAttribute(
                    char[] buffer,
                    int nameOffset,
                    int nameLen,
                    int nameLine,
                    int nameCol,
                    int operatorOffset,
                    int operatorLen,
                    int operatorLine,
                    int operatorCol,
                    int valueContentOffset,
                    int valueContentLen,
                    int valueOuterOffset,
                    int valueOuterLen,
                    int valueLine,
                    int valueCol) {
                String attribute = new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT);
                String value = new String(buffer, valueContentOffset, valueContentLen);
                if (TEXT_ATTRIBUTES.contains(attribute) && !value.isBlank()) {
                    problems.add(
                            "%s:%d: literal %s=\"%s\" on <%s>".formatted(name, nameLine, attribute, value, current[0]));
                }
            }
        });
        return problems;
    }

    private static Set<String> staticMessageKeys(String html) {
        Set<String> keys = new TreeSet<>();
        Matcher matcher = STATIC_MESSAGE_KEY.matcher(html);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /**
     * The keys of a properties file in order, duplicates included (java.util.Properties silently
     * keeps the last one). Follows the syntax of {@link Properties#load(Reader)}: comments start with
     * # or !, a line ending in an odd number of backslashes continues on the next line, and the key
     * ends at the first unescaped =, : or white space.
     */
    private static List<String> keysInOrder(List<String> lines) {
        List<String> keys = new ArrayList<>();
        boolean continued = false;
        for (String raw : lines) {
            String line = raw.stripLeading();
            if (continued) {
                continued = endsWithOddBackslashes(line);
                continue;
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            keys.add(keyOf(line));
            continued = endsWithOddBackslashes(line);
        }
        return keys;
    }

    private static String keyOf(String line) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char escaped = line.charAt(++i);
                if (escaped == 'u' && i + 4 < line.length()) {
                    key.append((char) Integer.parseInt(line.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    key.append(
                            switch (escaped) {
                                case 't' -> '\t';
                                case 'n' -> '\n';
                                case 'r' -> '\r';
                                case 'f' -> '\f';
                                default -> escaped;
                            });
                }
            } else if (c == '=' || c == ':' || c == ' ' || c == '\t' || c == '\f') {
                break;
            } else {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean endsWithOddBackslashes(String line) {
        int count = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            count++;
        }
        return count % 2 == 1;
    }
}
