package se.digitalalas.web;

import static se.digitalalas.process.variables.Contract.BRUKARE_ID;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;
import se.digitalalas.process.history.BrukareRoutines.Routine;
import se.digitalalas.registry.overview.BrukareOverview;
import se.digitalalas.security.AsTheService;
import se.digitalalas.web.BrukareViews.BrukareView;

/**
 * The record of a task's brukare, for Tasklist's "Brukare" tab: whoever may read the task (the
 * engine's authorizations decide, with the caller's authentication; administrators read all)
 * reads the record of the brukare it is for, as the need-to-know rule shows it (door details only
 * to the groups that go to the door) and logged with channel TASKLIST, and the routines that ran
 * or run for them.
 */
@RestController
@RequestMapping("/api/uppgifter")
class TaskBrukareController {

  static final ApiError FORBIDDEN = ApiError.forbidden("Du har inte behörighet till uppgiften");
  static final ApiError UNKNOWN_TASK = ApiError.notFound("Uppgiften finns inte");
  static final ApiError NO_BRUKARE = ApiError.notFound("Uppgiften hör inte till någon brukare i registret");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final BrukareAccess access;
  private final BrukareViews views;
  private final AsTheService asTheService;

  TaskBrukareController(TaskService tasks, RuntimeService runtime, IdentityService identity,
      BrukareAccess access, BrukareViews views) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.access = access;
    this.views = views;
    this.asTheService = new AsTheService(identity);
  }

  @GetMapping("/{taskId}/brukare")
  ResponseEntity<?> brukare(@PathVariable String taskId) {
    if (identity.getCurrentAuthentication() == null) {
      return error(HttpStatus.FORBIDDEN, FORBIDDEN);
    }
    boolean readable = tasks.createTaskQuery().taskId(taskId).count() == 1;
    Optional<Task> task = asTheService.lookup(() -> Optional.ofNullable(
        tasks.createTaskQuery().taskId(taskId).singleResult()));
    if (task.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, UNKNOWN_TASK);
    }
    if (!readable) {
      return error(HttpStatus.FORBIDDEN, FORBIDDEN);
    }
    Staff staff = access.currentStaff().orElseThrow(() -> new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE));
    Optional<BrukareView> view = asTheService.lookup(() -> brukareId(task.get()))
        .flatMap(brukareId -> views.read(staff, brukareId));
    if (view.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, NO_BRUKARE);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(
        new TaskBrukare(taskId, task.get().getName(), view.get().record(), view.get().routines()));
  }

  private Optional<Long> brukareId(Task task) {
    if (task.getProcessInstanceId() == null) {
      return Optional.empty();
    }
    Object value = runtime.getVariable(task.getProcessInstanceId(), BRUKARE_ID.name());
    return value instanceof Number id ? Optional.of(id.longValue()) : Optional.empty();
  }

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<ApiError> forbidden(AccessDenied denied) {
    return BrukareController.forbiddenAnswer(denied);
  }

  private static ResponseEntity<?> error(HttpStatus status, ApiError error) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
  }

  /** What the tab shows: the task, the brukare's record, the routines (newest first). */
  record TaskBrukare(String taskId, String taskName, BrukareOverview record, List<Routine> routines) {
  }
}
