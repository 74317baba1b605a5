package se.digitalalas.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import se.digitalalas.access.CurrentStaff;
import se.digitalalas.access.Staff;
import se.digitalalas.security.StaffGroup;

/**
 * The metrics are for operations: administrators and the systemförvaltare. They count every
 * group's tasks and the service's jobs and outbox, so other staff get 403. Runs after the REST
 * authentication, which has already answered 401 to a request without a valid password.
 */
@Configuration(proxyBeanMethods = false)
public class MetricsAccessConfiguration {

  static final String OPERATIONS_ONLY = "Endast systemförvaltare och administratörer får läsa driftmåtten";

  @Bean
  FilterRegistrationBean<MetricsAccessFilter> metricsAccessFilter(CurrentStaff staff) {
    FilterRegistrationBean<MetricsAccessFilter> registration =
        new FilterRegistrationBean<>(new MetricsAccessFilter(staff));
    registration.setName("digitala-las-metrics-access");
    registration.addUrlPatterns(RestAuthenticationConfiguration.METRICS_PATHS);
    registration.setOrder(RestAuthenticationConfiguration.ORDER + 1);
    return registration;
  }

  static class MetricsAccessFilter extends OncePerRequestFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CurrentStaff staff;

    MetricsAccessFilter(CurrentStaff staff) {
      this.staff = staff;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      Optional<Staff> caller = staff.current();
      if (caller.isPresent() && caller.get().isInOrAdministrator(StaffGroup.SYSTEMFORVALTARE)) {
        chain.doFilter(request, response);
        return;
      }
      int status = caller.isPresent() ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_UNAUTHORIZED;
      RefusalLog.refused(status, request.getMethod(), request.getRequestURI(), "metrics access");
      response.setStatus(status);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      JSON.writeValue(response.getOutputStream(),
          caller.isPresent() ? ApiError.forbidden(OPERATIONS_ONLY) : StatusErrors.of(status));
    }
  }
}
