package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** A browser's error page outside /api: Swedish, the status kept, the way back, nothing of the request. */
class SwedishErrorPagesTest {

  private final SwedishErrorPages pages = new SwedishErrorPages();

  @Test
  void aForbiddenPageSaysSoInSwedishAndLeadsBackToTasklist() throws Exception {
    String page = render(HttpStatus.FORBIDDEN, "/camunda/app/cockpit/default/?q=<script>");

    assertThat(page).contains("<html lang=\"sv\">", "<h1>Du har inte behörighet till sidan</h1>",
        "href=\"/camunda/app/tasklist/\"", "Felkod 403");
    assertThat(page).doesNotContain("Whitelabel", "Forbidden", "cockpit", "<script>");
  }

  @Test
  void everyStatusHasASwedishHeading() throws Exception {
    assertThat(render(HttpStatus.NOT_FOUND, "/x")).contains("<h1>Sidan finns inte</h1>");
    assertThat(render(HttpStatus.UNAUTHORIZED, "/x")).contains("<h1>Du är inte inloggad</h1>");
    assertThat(render(HttpStatus.INTERNAL_SERVER_ERROR, "/x")).contains("<h1>Något gick fel i tjänsten</h1>");
    assertThat(render(HttpStatus.METHOD_NOT_ALLOWED, "/x")).contains("<h1>Sidan kunde inte visas</h1>");
  }

  private String render(HttpStatus status, String uri) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    ModelAndView view = pages.resolveErrorView(request, status, Map.of("path", uri));
    assertThat(view.getStatus()).isEqualTo(status);
    MockHttpServletResponse response = new MockHttpServletResponse();
    view.getView().render(Map.of(), request, response);
    assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
    assertThat(response.getHeader("Content-Language")).isEqualTo("sv");
    return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
  }
}
