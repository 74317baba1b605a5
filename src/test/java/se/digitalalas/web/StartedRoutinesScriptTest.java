package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist plugin "Mina rutiner": loaded by config.js, a header action reading
 * /api/mina-rutiner with the session's token through the helpers of brukare-record.js, nothing
 * from the service as HTML.
 */
class StartedRoutinesScriptTest {

  private static final String SCRIPTS = "/META-INF/resources/webjars/camunda/app/tasklist/scripts/";

  @Test
  void configLoadsIt() throws IOException {
    assertThat(read("config.js")).contains("'scripts/mina-rutiner'");
  }

  @Test
  void aHeaderActionReadingTheListWithTheSharedHelpers() throws IOException {
    assertThat(read("mina-rutiner.js")).contains("pluginPoint: 'tasklist.navbar.action'",
        "'/api/mina-rutiner'", "'X-XSRF-TOKEN': csrfToken(api)", "from './brukare-record.js'",
        "setAttribute('role', 'status')", "import { csrfToken, element, formatDate }");
  }

  @Test
  void nothingFromTheServiceIsReadAsHtml() throws IOException {
    assertThat(read("mina-rutiner.js"))
        .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
  }

  private static String read(String name) throws IOException {
    try (InputStream in = StartedRoutinesScriptTest.class.getResourceAsStream(SCRIPTS + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
