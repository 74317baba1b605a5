package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SecurityHeadersConfigurationTest {

  @Test
  void everyAnswerIsNotCachedAndNotSniffedEvenARefusalBeforeTheApi() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain refusingChain = (request, reply) -> ((HttpServletResponse) reply).setStatus(401);

    new SecurityHeadersConfiguration.SecurityHeadersFilter()
        .doFilter(new MockHttpServletRequest("GET", "/api/brukare/1"), response, refusingChain);

    assertThat(response.getStatus()).isEqualTo(401);
    assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
  }

  @Test
  void noAnswerBehindItWeakensNoStore() throws Exception {
    MockHttpServletResponse response = new MockHttpServletResponse();
    FilterChain camundaRest = (request, reply) -> {
      ((HttpServletResponse) reply).setHeader("Cache-Control", "no-cache");
      ((HttpServletResponse) reply).addHeader("cache-control", "max-age=60");
      ((HttpServletResponse) reply).setHeader("Content-Type", "application/json");
    };

    new SecurityHeadersConfiguration.SecurityHeadersFilter()
        .doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, camundaRest);

    assertThat(response.getHeaders("Cache-Control")).containsExactly("no-store");
    assertThat(response.getContentType()).isEqualTo("application/json");
  }

  @Test
  void itCoversBothApis() {
    assertThat(SecurityHeadersConfiguration.PATHS).containsExactlyInAnyOrder("/engine-rest/*", "/api/*");
  }
}
