package se.digitalalas.web;

import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * HTTP basic authentication against Camunda's identity service for the engine's REST API, the
 * registry API and the metrics. Camunda leaves /engine-rest open unless this filter is there.
 */
@Configuration(proxyBeanMethods = false)
class RestAuthenticationConfiguration {

  static final String[] PROTECTED_PATHS = {
      "/engine-rest/*", "/api/*", "/actuator/metrics", "/actuator/metrics/*"};

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("digitala-las-rest-authentication");
    registration.addUrlPatterns(PROTECTED_PATHS);
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName()));
    return registration;
  }
}
