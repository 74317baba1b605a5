package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;

import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.error.ErrorAttributeOptions.Include;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

class ApiErrorAttributesTest {

  private final ApiErrorAttributes attributes = new ApiErrorAttributes();
  private final ErrorAttributeOptions everything = ErrorAttributeOptions.of(Include.values());

  @Test
  void anApiPathGetsTheErrorOfItsStatusAndNothingOfTheException() {
    Map<String, Object> body = attributes.getErrorAttributes(failed("/api/brukare/1", 405), everything);

    assertThat(body).containsExactly(
        entry("type", "InvalidRequest"),
        entry("message", "Metoden stöds inte för den här adressen"));
  }

  @Test
  void anUnknownApiPathIsNotFound() {
    assertThat(attributes.getErrorAttributes(failed("/api/finns-inte", 404), everything))
        .containsExactly(entry("type", "NotFound"), entry("message", "Adressen finns inte"));
  }

  @Test
  void aServerErrorOnAnApiPathIsTheGenericMessage() {
    assertThat(attributes.getErrorAttributes(failed("/api/brukare/sok", 500), everything))
        .containsExactly(entry("type", "InternalError"),
            entry("message", "Ett internt fel inträffade. Försök igen eller kontakta support."));
  }

  @Test
  void otherPathsKeepSpringBootsAttributes() {
    Map<String, Object> body = attributes.getErrorAttributes(failed("/camunda/app/finns-inte", 404),
        ErrorAttributeOptions.defaults());

    assertThat(body).containsEntry("status", 404).containsKey("path").doesNotContainKey("trace");
  }

  private static ServletWebRequest failed(String path, int status) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, path);
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
    request.setAttribute(DefaultErrorAttributes.class.getName() + ".ERROR",
        new IllegalStateException("SQL [select secret_column from brukare]"));
    return new ServletWebRequest(request);
  }
}
