package se.digitalalas.web;

import jakarta.ws.rs.ApplicationPath;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/** Camunda's REST API plus the service's own error answers ({@link ApiError}). */
@Component
@ApplicationPath("/engine-rest")
class EngineRestJerseyConfig extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(RefusalExceptionMapper.class);
    register(InternalErrorExceptionMapper.class);
    register(EngineFailureExceptionMapper.class);
  }
}
