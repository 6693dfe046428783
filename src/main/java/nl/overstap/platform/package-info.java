/**
 * Technical platform: the embedded PostgreSQL for development and demo, web configuration (locale,
 * error pages). Owns no domain data; no other module depends on it.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.CLOSED)
package nl.overstap.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
