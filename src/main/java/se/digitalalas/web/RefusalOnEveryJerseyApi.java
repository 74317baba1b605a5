package se.digitalalas.web;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Puts {@link RefusalExceptionMapper} and {@link StrictRestDates} into every Jersey application
 * of the service, not only /engine-rest: the webapps' own engine API (/camunda/api/engine, what
 * Tasklist calls when a form is submitted) would otherwise answer a refusal as Camunda's 500 and
 * log it with its stack, and read a date that does not exist as another day. Found by Jersey's
 * auto-discovery (META-INF/services).
 */
public final class RefusalOnEveryJerseyApi implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(RefusalExceptionMapper.class)) {
      context.register(RefusalExceptionMapper.class);
    }
    if (!context.getConfiguration().isRegistered(StrictRestDates.class)) {
      context.register(StrictRestDates.class);
    }
  }
}
