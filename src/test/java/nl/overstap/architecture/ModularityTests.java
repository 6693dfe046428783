package nl.overstap.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import nl.overstap.OverstapApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules only use each other's public API and never form a cycle (Spring Modulith). */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(OverstapApplication.class);
    private static final Path DOCS = Path.of("target", "spring-modulith-docs");

    @Test
    void findsTheModulesOfTheApplication() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("youth", "trajectory", "contact", "audit", "identity", "shared");
    }

    @Test
    void modulesRespectEachOthersBoundaries() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDiagrams() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();

        assertThat(DOCS.resolve("components.puml")).isRegularFile();
        assertThat(DOCS.resolve("module-trajectory.puml")).isRegularFile();
    }
}
