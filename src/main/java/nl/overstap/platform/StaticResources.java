package nl.overstap.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Static files under their own three paths instead of Spring Boot's catch-all {@code /**}
 * (switched off with {@code spring.web.resources.add-mappings=false}). With the catch-all, the
 * resource URL filter looked every page link (such as {@code /youths/…}) up on the class path as a
 * possible static file; that cost more than half of the CPU of a caseload page (see
 * docs/benchmarks.md, issue 7). Now only links under these paths are resolved.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**")
                .addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true)
                .addResolver(new LiteWebJarsResourceResolver());
    }
}
