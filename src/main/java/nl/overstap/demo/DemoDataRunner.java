package nl.overstap.demo;

import java.util.Locale;
import nl.overstap.identity.Organisations;
import nl.overstap.results.ResultsRefresh;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, fills an empty database once: the demo region, and with {@code
 * overstap.demo.dataset=regional} or {@code national} the bulk benchmark set on top of it, all in one
 * transaction (an interrupted run leaves an empty database that is generated again on the next start).
 */
@Component
@ConditionalOnProperty(name = "overstap.demo.enabled", havingValue = "true")
class DemoDataRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataRunner.class);
    static final String BULK_REGION_PREFIX = "Regio";

    private final Organisations organisations;
    private final DemoDataGenerator generator;
    private final NationalDataSet nationalDataSet;
    private final ResultsRefresh results;
    private final TransactionTemplate transaction;
    private final int youths;
    private final long seed;
    private final DemoDataset dataset;

    DemoDataRunner(
            Organisations organisations,
            DemoDataGenerator generator,
            NationalDataSet nationalDataSet,
            ResultsRefresh results,
            PlatformTransactionManager transactionManager,
            @Value("${overstap.demo.youths}") int youths,
            @Value("${overstap.demo.seed}") long seed,
            @Value("${overstap.demo.dataset:demo}") String dataset) {
        this.organisations = organisations;
        this.generator = generator;
        this.nationalDataSet = nationalDataSet;
        this.results = results;
        this.transaction = new TransactionTemplate(transactionManager);
        this.youths = youths;
        this.seed = seed;
        this.dataset = DemoDataset.valueOf(dataset.trim().toUpperCase(Locale.ROOT));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!organisations.isEmpty()) {
            return;
        }
        NationalDataSet.Shape shape = dataset.shape();
        if (shape == null) {
            generator.generate(youths, seed);
            results.refreshNow();
            return;
        }
        NationalDataSet.Summary summary = transaction.execute(status -> {
            generator.generate(youths, seed);
            return nationalDataSet.generate(shape, seed, BULK_REGION_PREFIX, "");
        });
        LOG.info("Data set {} ready: {}", dataset, summary);
        LOG.info("Results figures rebuilt in {} ms", results.refreshNow().toMillis());
    }
}
