package se.digitalalas.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.overview.BrukareOverviewReader;

/** Read API of the registry. The personnummer travels in a POST body, never in a URL. */
@RestController
@RequestMapping("/api/brukare")
class BrukareController {

  private static final ApiError UNKNOWN = ApiError.notFound("Brukaren finns inte i registret");

  private final BrukareOverviewReader reader;

  BrukareController(BrukareOverviewReader reader) {
    this.reader = reader;
  }

  @GetMapping("/{id}")
  ResponseEntity<?> byId(@PathVariable long id) {
    return reader.byId(id)
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(BrukareController::notFound);
  }

  @PostMapping("/sok")
  ResponseEntity<?> search(@RequestBody PersonnummerSearch search) {
    return reader.byPersonnummer(Personnummer.parse(search.personnummer()))
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(BrukareController::notFound);
  }

  private static ResponseEntity<?> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(UNKNOWN);
  }

  record PersonnummerSearch(String personnummer) {
  }
}
