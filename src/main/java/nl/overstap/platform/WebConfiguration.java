package nl.overstap.platform;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** Dutch everywhere, and one clock for the whole application (tests may replace it). */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Bean
    LocaleResolver localeResolver() {
        return new FixedLocaleResolver(DUTCH);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
