package se.digitalalas.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The page a browser gets for an error outside /api (the API answers JSON): Swedish, with the way
 * back to Tasklist, instead of Spring Boot's English "Whitelabel Error Page" — e.g. a staff member
 * who opens Cockpit's address gets "Du har inte behörighet till sidan". It tells nothing of the
 * request or the cause.
 */
@Component
class SwedishErrorPages implements ErrorViewResolver {

  static final String TASKLIST = "/camunda/app/tasklist/";

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    ModelAndView page = new ModelAndView(new Page(status));
    page.setStatus(status);
    return page;
  }

  /** The heading and the sentence for a status. */
  static String[] texts(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> new String[] {"Du är inte inloggad", "Logga in i Uppgifter för att fortsätta."};
      case FORBIDDEN -> new String[] {"Du har inte behörighet till sidan",
          "Sidan är inte till för din roll. Dina uppgifter finns i Uppgifter."};
      case NOT_FOUND -> new String[] {"Sidan finns inte", "Adressen leder inte till någon sida i tjänsten."};
      default -> status.is5xxServerError()
          ? new String[] {"Något gick fel i tjänsten", "Försök igen om en stund. Hör av dig till support om felet finns kvar."}
          : new String[] {"Sidan kunde inte visas", "Begäran gick inte att utföra."};
    };
  }

  private record Page(HttpStatus status) implements View {

    @Override
    public String getContentType() {
      return "text/html;charset=UTF-8";
    }

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws Exception {
      String[] texts = texts(status);
      response.setContentType(getContentType());
      response.setHeader("Content-Language", "sv");
      response.getOutputStream().write(("""
          <!DOCTYPE html>
          <html lang="sv">
          <head><meta charset="utf-8"><title>%s – Digitala lås</title>
          <style>body{font-family:sans-serif;color:#222;margin:3em auto;max-width:40em;padding:0 1em}
          a{color:#1a4f9c}a:focus{outline:3px solid #1a4f9c}</style></head>
          <body><main><h1>%s</h1><p>%s</p><p><a href="%s">Till Uppgifter</a></p>
          <p><small>Felkod %d</small></p></main></body>
          </html>
          """.formatted(texts[0], texts[0], texts[1], TASKLIST, status.value())).getBytes(StandardCharsets.UTF_8));
    }
  }
}
