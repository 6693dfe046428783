package nl.overstap.platform;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides demo mode once, before any bean is made: explicit {@code OVERSTAP_DEMO} wins; otherwise
 * demo mode is on exactly when the embedded database is used.
 */
public class DemoModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String explicit = environment.getProperty("overstap.demo.enabled");
        if (explicit != null && !explicit.isBlank()) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url");
        boolean embedded = url == null || url.isBlank();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "overstapDemoMode", Map.of("overstap.demo.enabled", Boolean.toString(embedded))));
    }
}
