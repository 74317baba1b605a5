package se.digitalalas.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;
import se.digitalalas.registry.brukare.Personnummer;

/**
 * Read API of the registry, by need ({@link BrukareAccess}): 403 for a staff member whose groups
 * have no work on the brukare, every read logged. The personnummer travels in a POST body, never
 * in a URL.
 */
@RestController
@RequestMapping("/api/brukare")
class BrukareController {

  private static final ApiError UNKNOWN = ApiError.notFound("Brukaren finns inte i registret");

  private final BrukareAccess access;

  BrukareController(BrukareAccess access) {
    this.access = access;
  }

  @GetMapping("/{id}")
  ResponseEntity<?> byId(@PathVariable long id) {
    return access.read(caller(), id, AccessChannel.API)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(BrukareController::notFound);
  }

  @PostMapping("/sok")
  ResponseEntity<?> search(@RequestBody PersonnummerSearch search) {
    Personnummer personnummer = Personnummer.parse(search.personnummer());
    return access.readByPersonnummer(caller(), personnummer, AccessChannel.API)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(BrukareController::notFound);
  }

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<ApiError> forbidden(AccessDenied denied) {
    return forbiddenAnswer(denied);
  }

  static ResponseEntity<ApiError> forbiddenAnswer(AccessDenied denied) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.forbidden(denied.getMessage()));
  }

  private Staff caller() {
    return access.currentStaff().orElseThrow(() -> new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE));
  }

  private static ResponseEntity<?> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(UNKNOWN);
  }

  record PersonnummerSearch(String personnummer) {
  }
}
