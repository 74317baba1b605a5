package se.digitalalas.web;

import se.digitalalas.refusal.Refusal;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API plus the mapping of {@link Refusal} to 400. */
@Component
@ApplicationPath("/engine-rest")
class RefusalAwareJerseyConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(RefusalExceptionMapper.class);
  }
}
