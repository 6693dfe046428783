package nl.overstap.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import nl.overstap.OverstapApplication;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;

/**
 * Coding rules for the main code, checked with ArchUnit. Each rule is also run against a few small
 * classes compiled on the fly that break it, so a rule that can no longer fail (a renamed package, a
 * typo in a class name) is noticed.
 */
class ArchitectureRulesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(new ImportOption.DoNotIncludeTests())
            .importPackages("nl.overstap");

    /** The top-level packages under nl.overstap, one per module, read from the source folder. */
    private static final String[] MODULE_PACKAGES = modulePackages();

    static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .that()
            .resideInAPackage("nl.overstap..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("java.util.logging..")
            .because("we log through SLF4J")
            .allowEmptyShould(false);

    static final ArchRule NO_STANDARD_STREAMS = noClasses()
            .that()
            .resideInAPackage("nl.overstap..")
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("System.out and System.err bypass logging and may leak personal data")
            .allowEmptyShould(false);

    static final ArchRule NO_FIELD_INJECTION = noFields()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("nl.overstap..")
            .should()
            .beAnnotatedWith(Autowired.class)
            .orShould()
            .beAnnotatedWith(Value.class)
            .orShould()
            .beAnnotatedWith("jakarta.inject.Inject")
            .orShould()
            .beAnnotatedWith("jakarta.annotation.Resource")
            .because("we use constructor injection only")
            .allowEmptyShould(false);

    static final ArchRule CONTROLLERS_IN_THEIR_MODULE_PACKAGE = classes()
            .that()
            .areMetaAnnotatedWith(Controller.class)
            .should()
            .resideInAnyPackage(MODULE_PACKAGES)
            .andShould()
            .resideOutsideOfPackages("..controller..", "..web..")
            .because("a feature lives in its module's package, not in a technical layer package")
            .allowEmptyShould(false);

    static final ArchRule NO_JPA = noClasses()
            .that()
            .resideInAPackage("nl.overstap..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("jakarta.persistence..", "javax.persistence..", "org.springframework.data.jpa..")
            .because("we write explicit SQL through JdbcClient")
            .allowEmptyShould(false);

    /** Small classes that each break one rule, compiled into a temporary folder. */
    private static final Map<String, String> RULE_BREAKERS = Map.of(
            "nl/overstap/fixture/UsesJavaUtilLogging.java",
            """
            package nl.overstap.fixture;
            class UsesJavaUtilLogging {
                void log() { java.util.logging.Logger.getLogger("x").info("hallo"); }
            }
            """,
            "nl/overstap/fixture/PrintsToStandardOut.java",
            """
            package nl.overstap.fixture;
            class PrintsToStandardOut {
                void print(String bsn) { System.out.println(bsn); }
            }
            """,
            "nl/overstap/fixture/PrintsToStandardErr.java",
            """
            package nl.overstap.fixture;
            class PrintsToStandardErr {
                void print(String bsn) { System.err.println(bsn); }
            }
            """,
            "nl/overstap/fixture/InjectsAField.java",
            """
            package nl.overstap.fixture;
            class InjectsAField {
                @org.springframework.beans.factory.annotation.Autowired Object repository;
            }
            """,
            "nl/overstap/youth/web/ControllerInWebPackage.java",
            """
            package nl.overstap.youth.web;
            @org.springframework.stereotype.Controller
            class ControllerInWebPackage {}
            """,
            "nl/overstap/youth/ControllerInModulePackage.java",
            """
            package nl.overstap.youth;
            @org.springframework.stereotype.Controller
            class ControllerInModulePackage {}
            """,
            "nl/overstap/fixture/JpaEntity.java",
            """
            package nl.overstap.fixture;
            @jakarta.persistence.Entity
            class JpaEntity {
                jakarta.persistence.EntityManager entityManager;
            }
            """,
            "jakarta/persistence/Entity.java",
            """
            package jakarta.persistence;
            @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
            public @interface Entity {}
            """,
            "jakarta/persistence/EntityManager.java",
            """
            package jakarta.persistence;
            public interface EntityManager {}
            """);

    private static JavaClasses ruleBreakers;

    @BeforeAll
    static void compileRuleBreakers(@TempDir Path folder) throws IOException, URISyntaxException {
        Path sources = Files.createDirectories(folder.resolve("src"));
        Path output = Files.createDirectories(folder.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of(
                "-proc:none", "-d", output.toString(), "-classpath", classpathOf(Controller.class, Autowired.class)));
        for (Map.Entry<String, String> source : RULE_BREAKERS.entrySet()) {
            Path file = sources.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler).as("a JDK with javac").isNotNull();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new)))
                .as("javac exit code")
                .isZero();
        ruleBreakers = new ClassFileImporter().importPath(output);
    }

    @Test
    void importsTheMainClassesWithoutTests() {
        assertThat(MAIN.contain(OverstapApplication.class)).isTrue();
        assertThat(MAIN.contain(ArchitectureRulesTest.class)).isFalse();
        assertThat(MODULE_PACKAGES).contains("nl.overstap.youth", "nl.overstap.trajectory");
    }

    @Test
    void noClassUsesJavaUtilLogging() {
        NO_JAVA_UTIL_LOGGING.check(MAIN);
    }

    @Test
    void noClassWritesToSystemOutOrErr() {
        NO_STANDARD_STREAMS.check(MAIN);
    }

    @Test
    void noFieldIsInjected() {
        NO_FIELD_INJECTION.check(MAIN);
    }

    @Test
    void controllersLiveInTheModulePackageTheyServe() {
        CONTROLLERS_IN_THEIR_MODULE_PACKAGE.check(MAIN);
    }

    @Test
    void noClassUsesJpa() {
        NO_JPA.check(MAIN);
    }

    @Test
    void loggingRuleCatchesJavaUtilLogging() {
        assertThatThrownBy(() -> NO_JAVA_UTIL_LOGGING.check(ruleBreakers))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("UsesJavaUtilLogging")
                .hasMessageNotContaining("PrintsToStandardOut");
    }

    @Test
    void standardStreamRuleCatchesSystemOutAndErr() {
        assertThatThrownBy(() -> NO_STANDARD_STREAMS.check(ruleBreakers))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("PrintsToStandardOut")
                .hasMessageContaining("PrintsToStandardErr")
                .hasMessageNotContaining("UsesJavaUtilLogging");
    }

    @Test
    void fieldInjectionRuleCatchesAnAutowiredField() {
        assertThatThrownBy(() -> NO_FIELD_INJECTION.check(ruleBreakers))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("InjectsAField.repository");
    }

    @Test
    void controllerRuleCatchesAControllerInAWebPackage() {
        assertThatThrownBy(() -> CONTROLLERS_IN_THEIR_MODULE_PACKAGE.check(ruleBreakers))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("nl.overstap.youth.web.ControllerInWebPackage")
                .hasMessageNotContaining("nl.overstap.youth.ControllerInModulePackage");
    }

    @Test
    void jpaRuleCatchesAnEntity() {
        assertThatThrownBy(() -> NO_JPA.check(ruleBreakers))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("JpaEntity");
    }

    private static String[] modulePackages() {
        Path sources = Path.of("src/main/java/nl/overstap");
        try (Stream<Path> listing = Files.list(sources)) {
            return listing.filter(ArchitectureRulesTest::holdsJavaSources)
                    .map(path -> "nl.overstap." + path.getFileName())
                    .sorted()
                    .toArray(String[]::new);
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + sources.toAbsolutePath(), e);
        }
    }

    /** A module package has Java files of its own (an empty left-over folder is no module). */
    private static boolean holdsJavaSources(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(file -> file.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String classpathOf(Class<?>... types) throws URISyntaxException {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : types) {
            entries.add(Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
