package se.digitalalas.web;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.access.CurrentStaff;
import se.digitalalas.registry.message.MessageDocument;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.security.StaffGroup;

/**
 * The document sent with an outgoing message (the Tunstall order's PDF), for the koordinator who
 * ordered and for administrators: it carries personnummer and portkod, so no other group gets it.
 */
@RestController
@RequestMapping("/api/meddelanden")
class MessageDocumentController {

  static final ApiError FORBIDDEN = ApiError.forbidden(
      "Bara koordinator och administratör får hämta meddelandens dokument");
  static final ApiError UNKNOWN = ApiError.notFound("Meddelandet finns inte eller har inget dokument");

  private final OutgoingMessageRegistry messages;
  private final CurrentStaff caller;

  MessageDocumentController(OutgoingMessageRegistry messages, CurrentStaff caller) {
    this.messages = messages;
    this.caller = caller;
  }

  @GetMapping("/{id}/dokument")
  ResponseEntity<?> document(@PathVariable long id) {
    if (caller.current().filter(staff -> staff.isInOrAdministrator(StaffGroup.KOORDINATOR)).isEmpty()) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(FORBIDDEN);
    }
    return messages.document(id)
        .<ResponseEntity<?>>map(MessageDocumentController::download)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
            .body(UNKNOWN));
  }

  /** The file names are ASCII ({@code TunstallOrders}), so a plain filename parameter is enough. */
  private static ResponseEntity<byte[]> download(MessageDocument document) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(document.contentType()));
    headers.setContentDisposition(ContentDisposition.attachment()
        .filename(document.fileName()).build());
    // personal data: no cache keeps a copy
    headers.setCacheControl(CacheControl.noStore());
    return new ResponseEntity<>(document.content(), headers, HttpStatus.OK);
  }
}
