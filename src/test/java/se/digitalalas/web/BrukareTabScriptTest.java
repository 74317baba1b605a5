package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Tasklist plugins behind the "Brukare" tab and "Sök brukare": loaded by config.js, the
 * personnummer never in a URL, and no record text as HTML.
 */
class BrukareTabScriptTest {

  private static final String SCRIPTS = "/META-INF/resources/webjars/camunda/app/tasklist/scripts/";

  @Test
  void configLoadsTheTab() throws IOException {
    assertThat(read("config.js")).containsPattern("customScripts: \\[[^]]*'scripts/brukare-tab', 'scripts/brukare-sok'");
  }

  @Test
  void theTabIsATaskDetailPluginNamedBrukare() throws IOException {
    assertThat(read("brukare-tab.js")).contains("pluginPoint: 'tasklist.task.detail'", "label: 'Brukare'",
        "/api/uppgifter/", "from './brukare-record.js'");
  }

  @Test
  void theSearchIsAHeaderActionThatPostsThePersonnummer() throws IOException {
    String search = read("brukare-sok.js");
    assertThat(search).contains("pluginPoint: 'tasklist.navbar.action'", "'/api/brukarvy/sok'", "method: 'POST'",
        "body: JSON.stringify({ personnummer: value })", "from './brukare-record.js'");
  }

  @Test
  void theRecordIsReadWithTheSessionsTokenAndWrittenAsTextOnly() throws IOException {
    assertThat(read("brukare-record.js")).contains("'X-XSRF-TOKEN'", "textContent");
    for (String script : new String[] {"brukare-record.js", "brukare-tab.js", "brukare-sok.js"}) {
      assertThat(read(script)).as(script)
          .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }
  }

  private static String read(String name) throws IOException {
    try (InputStream in = BrukareTabScriptTest.class.getResourceAsStream(SCRIPTS + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
