package se.digitalalas.web.gate;

import java.time.ZoneId;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.digitalalas.web.RestAuthenticationConfiguration;

/**
 * The input gate on the engine's REST API and on Tasklist's, after the REST authentication
 * (so the caller is known on /engine-rest; Tasklist's caller comes from the webapp session).
 */
@Configuration(proxyBeanMethods = false)
class InputGateConfiguration {

  static final int ORDER = RestAuthenticationConfiguration.ORDER + 1;

  @Bean
  FilterRegistrationBean<InputGateFilter> inputGateFilter(CamundaBpmProperties camunda, Callers callers,
      DeployedForms forms, @Value("${digitalalas.time-zone}") ZoneId zone, RuntimeService runtimeService,
      IdentityService identityService) {
    String webappPath = camunda.getWebapp().getApplicationPath();
    FilterRegistrationBean<InputGateFilter> registration = new FilterRegistrationBean<>(
        new InputGateFilter(webappPath, callers, forms, new SubmittedAnswers(zone),
            new VendorMessages(runtimeService, identityService)));
    registration.setName("digitala-las-input-gate");
    registration.addUrlPatterns(EnginePath.ENGINE_REST + "/*", webappPath + "/api/engine/*");
    registration.setOrder(ORDER);
    return registration;
  }
}
