package se.digitalalas.web;

import static se.digitalalas.security.StaffGroup.*;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageDocument;
import se.digitalalas.registry.message.OutgoingMessage;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.security.StaffGroup;

/**
 * The document sent with an outgoing message, for the group that sent it and for administrators:
 * the Tunstall order for the koordinator, the Phoniro web order for the hemtjänstutförare, the
 * billing basis for the hemtjänstutförare and socialkontoret's systemförvaltare, the Lindesk ticket for
 * the verksamhet and välfärdsteknikteamet (it names the portkod's need, not the code). Each carries
 * personal data, so the brukare's access rule holds too (work on the brukare; the orders, which
 * carry the portkod, only for those at the door), and every download is in the access log.
 */
@RestController
@RequestMapping("/api/meddelanden")
class MessageDocumentController {

  /** Who may open each channel's document (with the administrators), and whether it carries the portkod. */
  static final Map<MessageChannel, Set<StaffGroup>> READERS = Map.of(
      MessageChannel.TUNSTALL_ORDER, Set.of(KOORDINATOR),
      MessageChannel.PHONIRO_WEB_ORDER, Set.of(HEMTJANSTUTFORARE),
      MessageChannel.BILLING_BASIS, Set.of(HEMTJANSTUTFORARE, SYSTEMFORVALTARE),
      MessageChannel.LINDESK_TICKET, Set.of(VERKSAMHET, VALFARDSTEKNIK));
  static final Set<MessageChannel> WITH_DOOR_DETAILS =
      Set.of(MessageChannel.TUNSTALL_ORDER, MessageChannel.PHONIRO_WEB_ORDER);

  static final ApiError FORBIDDEN = ApiError.forbidden("Bara avsändarens grupp och administratör får hämta"
      + " meddelandets dokument");
  static final ApiError UNKNOWN = ApiError.notFound("Meddelandet finns inte eller har inget dokument");

  private static final Set<StaffGroup> ANY_READER =
      READERS.values().stream().flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

  private final OutgoingMessageRegistry messages;
  private final BrukareAccess access;

  MessageDocumentController(OutgoingMessageRegistry messages, BrukareAccess access) {
    this.messages = messages;
    this.access = access;
  }

  @GetMapping("/{id}/dokument")
  ResponseEntity<?> document(@PathVariable long id) {
    Optional<Staff> caller = access.currentStaff();
    if (caller.isEmpty() || !mayRead(caller.get(), ANY_READER)) {
      return forbidden();
    }
    Optional<OutgoingMessage> message = messages.findById(id).filter(OutgoingMessage::hasDocument);
    if (message.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(UNKNOWN);
    }
    MessageChannel channel = message.get().channel();
    if (!mayRead(caller.get(), READERS.getOrDefault(channel, Set.of()))) {
      return forbidden();
    }
    access.readDocument(caller.get(), message.get().brukareId(), WITH_DOOR_DETAILS.contains(channel),
        AccessChannel.API);
    return messages.document(id)
        .<ResponseEntity<?>>map(MessageDocumentController::download)
        .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
            .body(UNKNOWN));
  }

  @ExceptionHandler(AccessDenied.class)
  ResponseEntity<ApiError> noWorkOnBrukare(AccessDenied denied) {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
        .body(ApiError.forbidden(denied.getMessage()));
  }

  private static boolean mayRead(Staff staff, Set<StaffGroup> groups) {
    return groups.stream().anyMatch(staff::isInOrAdministrator);
  }

  private static ResponseEntity<?> forbidden() {
    return ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON).body(FORBIDDEN);
  }

  /** The file names are ASCII (each transport makes them so), so a plain filename parameter is enough. */
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
