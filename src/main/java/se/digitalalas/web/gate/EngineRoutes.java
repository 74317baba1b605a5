package se.digitalalas.web.gate;

import java.util.Set;

/**
 * Sorts a staff request to the engine into a {@link Route}. Reads stay with the engine's
 * authorization; what completes a task or starts a process is checked against its form; what
 * writes variables or moves tokens any other way is for administrators, and so is testing a
 * user's password (identity/verify takes any user id: staff would test others' passwords).
 */
final class EngineRoutes {

  private static final Route OPEN = new Route.Open();
  private static final Route ADMIN_ONLY = new Route.AdminOnly();

  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> TASK_ANSWERS = Set.of("complete", "submit-form", "resolve");
  private static final Set<String> STARTS = Set.of("start", "submit-form");
  private static final Set<String> TASK_WRITES_OUTSIDE_A_FORM =
      Set.of("variables", "localVariables", "bpmnError", "bpmnEscalation");
  /** Resources whose writes all change running instances; POST on the collection or its count is a query. */
  private static final Set<String> RUNTIME_RESOURCES = Set.of(
      "process-instance", "execution", "variable-instance", "job", "job-definition",
      "external-task", "incident", "batch", "case-instance", "case-execution", "case-definition");
  /** Resources that correlate, signal, modify or migrate: every write. */
  private static final Set<String> TOKEN_MOVERS = Set.of(
      "message", "signal", "condition", "modification", "migration");

  private EngineRoutes() {
  }

  static Route of(String method, EnginePath path) {
    if (READ_METHODS.contains(method)) {
      return OPEN;
    }
    String resource = path.segment(0);
    return switch (resource) {
      case "task" -> task(method, path);
      case "process-definition" -> processDefinition(method, path);
      case "history" -> history(method, path);
      case "identity" -> path.segment(1).equals("verify") ? new Route.PasswordCheck() : OPEN;
      case "message" -> method.equals("POST") && path.length() == 1 ? new Route.VendorMessage() : ADMIN_ONLY;
      default -> {
        if (TOKEN_MOVERS.contains(resource)) {
          yield ADMIN_ONLY;
        }
        if (RUNTIME_RESOURCES.contains(resource)) {
          yield isQuery(method, path) ? OPEN : ADMIN_ONLY;
        }
        yield OPEN;
      }
    };
  }

  private static Route task(String method, EnginePath path) {
    if (path.length() == 3 && method.equals("POST") && TASK_ANSWERS.contains(path.segment(2))) {
      return new Route.TaskAnswers(path.segment(1));
    }
    if (path.length() >= 3 && TASK_WRITES_OUTSIDE_A_FORM.contains(path.segment(2))) {
      return ADMIN_ONLY;
    }
    return OPEN;
  }

  private static Route processDefinition(String method, EnginePath path) {
    boolean post = method.equals("POST");
    if (post && path.length() == 3 && STARTS.contains(path.segment(2))) {
      return new Route.Start(path.segment(1), null, null);
    }
    if (post && path.length() == 4 && path.segment(1).equals("key") && STARTS.contains(path.segment(3))) {
      return new Route.Start(null, path.segment(2), null);
    }
    if (post && path.length() == 6 && path.segment(1).equals("key") && path.segment(3).equals("tenant-id")
        && STARTS.contains(path.segment(5))) {
      return new Route.Start(null, path.segment(2), path.segment(4));
    }
    // restart, suspension, deletion, history time to live
    return ADMIN_ONLY;
  }

  /** History is the record of what happened: staff may query it, never delete or shorten it. */
  private static Route history(String method, EnginePath path) {
    if (!method.equals("POST")) {
      return ADMIN_ONLY;
    }
    for (String segment : path.segments()) {
      String lower = segment.toLowerCase();
      if (lower.contains("delete") || lower.contains("removal") || lower.contains("cleanup")) {
        return ADMIN_ONLY;
      }
    }
    return OPEN;
  }

  private static boolean isQuery(String method, EnginePath path) {
    return method.equals("POST")
        && (path.length() == 1 || path.length() == 2 && path.segment(1).equals("count"));
  }
}
