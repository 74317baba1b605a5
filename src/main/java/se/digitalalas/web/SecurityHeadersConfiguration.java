package se.digitalalas.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on both APIs, whatever answers: the registry, the engine, an error, a refusal
 * of the authentication or the input gate (this filter runs first). Their answers carry personal
 * data (personnummer, addresses, key numbers), so no cache keeps them, and no browser guesses
 * a content type other than the one declared. Tasklist and the other webapps get their headers
 * from Camunda's own filter ({@code camunda.bpm.webapp.header-security}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityHeadersConfiguration {

  static final String[] PATHS = {"/engine-rest/*", "/api/*"};

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
    FilterRegistrationBean<SecurityHeadersFilter> registration =
        new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("digitala-las-security-headers");
    registration.addUrlPatterns(PATHS);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  static class SecurityHeadersFilter extends OncePerRequestFilter {

    private static final String CACHE_CONTROL = "Cache-Control";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader(CACHE_CONTROL, "no-store");
      response.setHeader("Pragma", "no-cache");
      chain.doFilter(request, new NoStore(response));
    }
  }

  /**
   * Keeps no-store whatever answers: Camunda's REST API sets its own Cache-Control (no-cache, which
   * lets a cache store the answer) on every GET.
   */
  private static final class NoStore extends HttpServletResponseWrapper {

    NoStore(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!SecurityHeadersFilter.CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!SecurityHeadersFilter.CACHE_CONTROL.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      }
    }
  }
}
