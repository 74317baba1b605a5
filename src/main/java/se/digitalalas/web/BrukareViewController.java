package se.digitalalas.web;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;
import se.digitalalas.registry.brukare.Personnummer;

/**
 * Tasklist's "Sök brukare": a brukare found by personnummer (in the body, never in the URL),
 * shown as the Brukare tab shows a task's brukare ({@link BrukareViews}). The same need-to-know
 * rule as everywhere: 403 without work on the brukare, and for a personnummer the registry does
 * not know, so that the answer does not tell who is in the registry.
 */
@RestController
@RequestMapping(BrukareViewController.PATH)
class BrukareViewController {

  static final String PATH = "/api/brukarvy";
  static final String SEARCH = PATH + "/sok";

  private static final ApiError UNKNOWN = ApiError.notFound("Brukaren finns inte i registret");

  private final BrukareAccess access;
  private final BrukareViews views;

  BrukareViewController(BrukareAccess access, BrukareViews views) {
    this.access = access;
    this.views = views;
  }

  @PostMapping("/sok")
  ResponseEntity<?> search(@RequestBody BrukareController.PersonnummerSearch search) {
    Personnummer personnummer = Personnummer.parse(search.personnummer());
    Staff staff = access.currentStaff().orElseThrow(() -> new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE));
    return views.find(staff, personnummer)
        .<ResponseEntity<?>>map(view -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view))
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(UNKNOWN));
  }

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<ApiError> forbidden(AccessDenied denied) {
    return BrukareController.forbiddenAnswer(denied);
  }
}
