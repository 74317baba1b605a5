package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Cockpit plugin behind the "Historik" tab: loaded by Cockpit's config.js, a tab of the process
 * definition view reading the engine's history with the session's CSRF token, no variable read
 * (so no personnummer), and no text as HTML.
 */
class CockpitHistoryScriptTest {

  private static final String SCRIPTS = "/META-INF/resources/webjars/camunda/app/cockpit/scripts/";

  @Test
  void configLoadsTheHistoryTab() throws IOException {
    assertThat(read("config.js")).contains("customScripts: ['scripts/historik']");
  }

  @Test
  void theTabIsAProcessDefinitionTabNamedHistorik() throws IOException {
    assertThat(read("historik.js")).contains("pluginPoint: 'cockpit.processDefinition.runtime.tab'",
        "label: 'Historik'", "render: (node, { api, processDefinitionId })");
  }

  @Test
  void itReadsFinishedInstancesAndTheirActivitiesWithTheSessionsToken() throws IOException {
    assertThat(read("historik.js")).contains("api.engineApi", "'X-XSRF-TOKEN': api.CSRFToken",
        "'/history/process-instance?processDefinitionId='", "&finished=true",
        "'/history/activity-instance?processInstanceId='", "instance.businessKey", "&completeScope=true",
        "timeZone: 'Europe/Stockholm'");
  }

  @Test
  void itReadsNoVariableAndWritesTextOnly() throws IOException {
    String script = read("historik.js");
    assertThat(script).contains("textContent")
        .doesNotContain("variable-instance", "/variables", "personnummer", "innerHTML", "outerHTML",
            "insertAdjacentHTML", "document.write", "eval(");
  }

  private static String read(String name) throws IOException {
    try (InputStream in = CockpitHistoryScriptTest.class.getResourceAsStream(SCRIPTS + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
