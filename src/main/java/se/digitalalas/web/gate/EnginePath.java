package se.digitalalas.web.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request to the engine's REST resources, by whichever door it came: {@code /engine-rest/...},
 * {@code /engine-rest/engine/{name}/...} or Tasklist's {@code <webapp>/api/engine/engine/{name}/...}.
 * The segments are what Jersey matches on: decoded, without path parameters ({@code ;x=y}),
 * empty segments and a trailing slash, so that no spelling of a path slips past the rules.
 */
record EnginePath(String engineName, boolean webapp, List<String> segments) {

  static final String ENGINE_REST = "/engine-rest";

  /** path: the decoded path inside the servlet context (servlet path plus path info). */
  static Optional<EnginePath> of(String path, String webappPath) {
    List<String> segments = segments(path);
    List<String> engineRest = segments(ENGINE_REST);
    if (startsWith(segments, engineRest)) {
      List<String> rest = segments.subList(engineRest.size(), segments.size());
      if (rest.size() >= 2 && rest.get(0).equals("engine")) {
        return Optional.of(new EnginePath(rest.get(1), false, List.copyOf(rest.subList(2, rest.size()))));
      }
      return Optional.of(new EnginePath(null, false, List.copyOf(rest)));
    }
    List<String> webappEngine = new ArrayList<>(segments(webappPath));
    webappEngine.addAll(List.of("api", "engine", "engine"));
    if (startsWith(segments, webappEngine) && segments.size() > webappEngine.size()) {
      return Optional.of(new EnginePath(segments.get(webappEngine.size()), true,
          List.copyOf(segments.subList(webappEngine.size() + 1, segments.size()))));
    }
    return Optional.empty();
  }

  String segment(int index) {
    return index < segments.size() ? segments.get(index) : "";
  }

  int length() {
    return segments.size();
  }

  private static boolean startsWith(List<String> segments, List<String> prefix) {
    return segments.size() >= prefix.size() && segments.subList(0, prefix.size()).equals(prefix);
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    if (path == null) {
      return segments;
    }
    for (String segment : path.split("/")) {
      int parameters = segment.indexOf(';');
      String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
      if (!name.isEmpty()) {
        segments.add(name);
      }
    }
    return segments;
  }
}
