package se.digitalalas.process.tasklist;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Swedish Tasklist: our {@code locales/sv.json} and {@code scripts/config.js} next to the
 * Camunda webjar's English original, all read from the classpath at the path the webapp serves.
 */
class TasklistSwedishTest {

  private static final String TASKLIST = "/META-INF/resources/webjars/camunda/app/tasklist/";
  private static final String EN_JSON = TASKLIST + "locales/en.json";
  private static final String SV_JSON = TASKLIST + "locales/sv.json";
  private static final String CONFIG_JS = TASKLIST + "scripts/config.js";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(.*?)\\s*}}");
  private static final Pattern MOMENT_TOKEN = Pattern.compile("%[sd]");
  private static final Pattern HTML_TAG = Pattern.compile("</?(?:a|br|b|i|em|strong|p|span)\\b[^>]*>");

  private final ObjectMapper json = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();

  @Test
  void enJsonComesFromTheWebjarAndSvJsonFromUs() {
    assertThat(resource(EN_JSON)).as("en.json of camunda-webapp-webjar").isNotNull();
    assertThat(resource(EN_JSON).getProtocol()).isEqualTo("jar");
    assertThat(resource(SV_JSON)).as("our sv.json").isNotNull();
    assertThat(resource(SV_JSON).getProtocol()).isEqualTo("file");
  }

  @Test
  void svJsonIsValidJsonWithExactlyTheKeysOfEnJson() throws IOException {
    JsonNode en = readJson(EN_JSON);
    JsonNode sv = readJson(SV_JSON);

    Map<String, JsonNode> enLeaves = leaves(en);
    Map<String, JsonNode> svLeaves = leaves(sv);

    assertThat(enLeaves).hasSizeGreaterThan(400).containsKey("labels.CLAIM_TASK");
    assertThat(svLeaves.keySet()).containsExactlyInAnyOrderElementsOf(enLeaves.keySet());
    enLeaves.forEach((key, enValue) -> {
      JsonNode svValue = svLeaves.get(key);
      assertThat(svValue.getNodeType()).as(key).isEqualTo(enValue.getNodeType());
      if (enValue.isArray()) {
        assertThat(svValue.size()).as(key).isEqualTo(enValue.size());
      }
    });
  }

  @Test
  void everyPlaceholderAndTagOfEnglishIsKeptInSwedish() throws IOException {
    Map<String, JsonNode> en = leaves(readJson(EN_JSON));
    Map<String, JsonNode> sv = leaves(readJson(SV_JSON));
    List<String> problems = new ArrayList<>();

    en.forEach((key, enNode) -> {
      if (!enNode.isTextual() || !sv.containsKey(key)) {
        return;
      }
      String enValue = enNode.asText();
      String svValue = sv.get(key).asText();
      for (String placeholder : matches(PLACEHOLDER, enValue)) {
        if (!matches(PLACEHOLDER, svValue).contains(placeholder)) {
          problems.add(key + ": {{" + placeholder + "}} missing in \"" + svValue + "\"");
        }
      }
      List<String> enTokens = sorted(matches(MOMENT_TOKEN, enValue));
      if (!enTokens.equals(sorted(matches(MOMENT_TOKEN, svValue)))) {
        problems.add(key + ": " + enTokens + " not kept in \"" + svValue + "\"");
      }
      List<String> enTags = sorted(matches(HTML_TAG, enValue));
      if (!enTags.equals(sorted(matches(HTML_TAG, svValue)))) {
        problems.add(key + ": HTML " + enTags + " not kept in \"" + svValue + "\"");
      }
      if (!enValue.isBlank() && svValue.isBlank()) {
        problems.add(key + ": empty");
      }
    });

    assertThat(problems).isEmpty();
  }

  @Test
  void svJsonSpeaksSwedish() throws IOException {
    JsonNode labels = readJson(SV_JSON).get("labels");
    assertThat(labels.get("CLAIM_TASK").asText()).isEqualTo("Ta uppgiften");
    assertThat(labels.get("COMPLETE").asText()).isEqualTo("Slutför");
    assertThat(labels.get("START_PROCESS").asText()).isEqualTo("Starta process");
    assertThat(labels.get("DUE_DATE").asText()).isEqualTo("Förfallodatum");
    assertThat(labels.get("FOLLOW_UP_DATE").asText()).isEqualTo("Uppföljningsdatum");
    assertThat(labels.get("SIGN_OUT_ACTION").asText()).isEqualTo("Logga ut");
    assertThat(readJson(SV_JSON).at("/dateLocales/months/0").asText()).isEqualTo("januari");
  }

  @Test
  void ourConfigJsIsTheOneServedAndSpeaksOnlySwedish() throws IOException {
    List<URL> all = Collections.list(getClass().getClassLoader()
        .getResources(CONFIG_JS.substring(1)));
    List<URL> ours = all.stream().filter(url -> "file".equals(url.getProtocol())).toList();
    assertThat(ours).as("our config.js on the classpath").hasSize(1);
    assertThat(all).as("the webjar's default config.js is there as well").hasSizeGreaterThan(1);
    // the first one on the classpath is the one the webapp serves
    assertThat(resource(CONFIG_JS)).isEqualTo(ours.get(0));

    String config = withoutComments(read(ours.get(0)));
    assertThat(config).contains("export default");

    Matcher available = Pattern.compile("availableLocales\\s*:\\s*\\[([^\\]]*)]").matcher(config);
    assertThat(available.find()).as("availableLocales outside comments").isTrue();
    List<String> locales = matches(Pattern.compile("['\"]([a-zA-Z-]+)['\"]"), available.group(1));
    assertThat(locales).as("Swedish whatever the browser asks for").containsExactly("sv");

    Matcher fallback = Pattern.compile("fallbackLocale\\s*:\\s*['\"]([a-zA-Z-]+)['\"]").matcher(config);
    assertThat(fallback.find()).isTrue();
    assertThat(fallback.group(1)).isEqualTo("sv");

    for (String locale : locales) {
      assertThat(resource(TASKLIST + "locales/" + locale + ".json"))
          .as("locale file for available locale " + locale).isNotNull();
    }
  }

  private JsonNode readJson(String path) throws IOException {
    URL url = resource(path);
    assertThat(url).as(path).isNotNull();
    try (InputStream in = url.openStream()) {
      return json.readTree(in);
    }
  }

  private static URL resource(String path) {
    return TasklistSwedishTest.class.getResource(path);
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Block comments and whole-line comments; config.js has no '//' inside its strings. */
  private static String withoutComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }

  private static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> leaves = new TreeMap<>();
    collect("", root, leaves);
    return leaves;
  }

  private static void collect(String prefix, JsonNode node, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        collect(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(),
            field.getValue(), leaves);
      }
    } else {
      leaves.put(prefix, node);
    }
  }

  private static List<String> matches(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(text);
    while (matcher.find()) {
      found.add(matcher.groupCount() > 0 ? matcher.group(1) : matcher.group());
    }
    return found;
  }

  private static List<String> sorted(List<String> list) {
    List<String> copy = new ArrayList<>(list);
    Collections.sort(copy);
    return copy;
  }
}
