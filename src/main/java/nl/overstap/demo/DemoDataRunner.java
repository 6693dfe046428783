package nl.overstap.demo;

import nl.overstap.identity.Organisations;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** In demo mode, fills an empty database with the demo region once. */
@Component
@ConditionalOnProperty(name = "overstap.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private final Organisations organisations;
    private final DemoDataGenerator generator;
    private final int youths;
    private final long seed;

    DemoDataRunner(
            Organisations organisations,
            DemoDataGenerator generator,
            @Value("${overstap.demo.youths}") int youths,
            @Value("${overstap.demo.seed}") long seed) {
        this.organisations = organisations;
        this.generator = generator;
        this.youths = youths;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (organisations.isEmpty()) {
            generator.generate(youths, seed);
        }
    }
}
