package se.digitalalas.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Camunda's JSON mapper for its REST APIs, with dates read strictly: Camunda's own reads a
 * Date-typed variable with a lenient SimpleDateFormat, so "2026-13-45T00:00:00.000+0100" became
 * 14 February 2027. Strictly read it is refused as unreadable (400). Preferred over Camunda's
 * resolver by its priority.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Priority(Priorities.USER - 100)
class StrictRestDates implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper =
      JacksonConfigurator.configureObjectMapper(new ObjectMapper()).setDefaultLeniency(false);

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
