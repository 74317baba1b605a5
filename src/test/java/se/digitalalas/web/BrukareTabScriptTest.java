package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Tasklist plugin behind the "Brukare" tab: loaded by config.js, and no record text as HTML. */
class BrukareTabScriptTest {

  private static final String SCRIPTS = "/META-INF/resources/webjars/camunda/app/tasklist/scripts/";

  @Test
  void configLoadsTheTab() throws IOException {
    assertThat(read("config.js")).contains("customScripts: ['scripts/brukare-tab']");
  }

  @Test
  void theTabIsATaskDetailPluginNamedBrukareThatWritesTextOnly() throws IOException {
    String tab = read("brukare-tab.js");
    assertThat(tab).contains("pluginPoint: 'tasklist.task.detail'", "label: 'Brukare'",
        "/api/uppgifter/", "'X-XSRF-TOKEN'");
    assertThat(tab).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
  }

  private static String read(String name) throws IOException {
    try (InputStream in = BrukareTabScriptTest.class.getResourceAsStream(SCRIPTS + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
