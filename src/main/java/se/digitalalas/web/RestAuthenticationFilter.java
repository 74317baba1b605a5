package se.digitalalas.web;

import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's authentication filter with a provider that is a Spring bean: Camunda's own creates the
 * provider from a class name, which could not share {@link RecentSignIns} between requests.
 */
final class RestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  RestAuthenticationFilter(AuthenticationProvider provider) {
    this.authenticationProvider = provider;
  }

  @Override
  public void init(FilterConfig filterConfig) {
    servletPathPrefix = filterConfig.getInitParameter(SERVLET_PATH_PREFIX);
  }
}
