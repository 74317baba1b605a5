package se.digitalalas.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.access.AccessLogCsv;
import se.digitalalas.access.AccessLogEntry;
import se.digitalalas.access.AccessLogQuery;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;

/**
 * The access log for a log review, for the enhetschef and administrators: by brukare (registry
 * id) and/or user over a period of days, as JSON or as CSV. Others get 403.
 */
@RestController
@RequestMapping("/api")
class AccessLogController {

  private final BrukareAccess access;

  AccessLogController(BrukareAccess access) {
    this.access = access;
  }

  @GetMapping(value = "/atkomstlogg", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<List<AccessLogEntry>> list(
      @RequestParam(required = false) Long brukareId,
      @RequestParam(required = false) String userId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    List<AccessLogEntry> entries = access.review(caller(), new AccessLogQuery(brukareId, userId, from, to));
    return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(entries);
  }

  @GetMapping("/atkomstlogg.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) Long brukareId,
      @RequestParam(required = false) String userId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    List<AccessLogEntry> entries = access.review(caller(), new AccessLogQuery(brukareId, userId, from, to));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
    headers.setContentDisposition(ContentDisposition.attachment().filename("atkomstlogg.csv").build());
    headers.setCacheControl(CacheControl.noStore());
    return new ResponseEntity<>(AccessLogCsv.of(entries), headers, HttpStatus.OK);
  }

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<ApiError> forbidden(AccessDenied denied) {
    return BrukareController.forbiddenAnswer(denied);
  }

  private Staff caller() {
    return access.currentStaff().orElseThrow(() -> new AccessDenied(AccessDenied.NOT_A_LOG_REVIEWER));
  }
}
