package se.digitalalas.web;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.process.history.StartedRoutines;

/**
 * Tasklist's "Mina rutiner": the routines the signed-in user started, with each one's outcome or
 * current steps. Only the caller's own starts, so no further right is checked.
 */
@RestController
class StartedRoutinesController {

  static final String PATH = "/api/mina-rutiner";

  private static final ApiError NOT_SIGNED_IN = ApiError.forbidden("Du är inte inloggad");

  private final IdentityService identity;
  private final StartedRoutines startedRoutines;

  StartedRoutinesController(IdentityService identity, StartedRoutines startedRoutines) {
    this.identity = identity;
    this.startedRoutines = startedRoutines;
  }

  @GetMapping(PATH)
  ResponseEntity<?> mine() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null || caller.getUserId() == null) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(NOT_SIGNED_IN);
    }
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(startedRoutines.startedBy(caller.getUserId()));
  }
}
