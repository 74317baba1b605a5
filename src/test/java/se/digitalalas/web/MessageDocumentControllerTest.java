package se.digitalalas.web;

import static org.mockito.ArgumentMatchers.*;
import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;
import se.digitalalas.registry.message.MessageChannel;
import se.digitalalas.registry.message.MessageDocument;
import se.digitalalas.registry.message.MessageState;
import se.digitalalas.registry.message.OutgoingMessage;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

@WebMvcTest(MessageDocumentController.class)
class MessageDocumentControllerTest {

  private static final byte[] PDF = "%PDF-1.7 order".getBytes();
  private static final long BRUKARE = 7L;
  private static final Staff KARIN = new Staff("karin", List.of("koordinator"), false);
  private static final Staff HANNA = new Staff("hanna", List.of("hemtjanstutforare"), false);
  private static final Staff SVEN = new Staff("sven", List.of("systemforvaltare"), false);

  @Autowired
  MockMvc mvc;
  @MockitoBean
  OutgoingMessageRegistry messages;
  @MockitoBean
  BrukareAccess access;

  @Test
  void theKoordinatorGetsTheTunstallOrdersPdfAsAnAttachmentAndTheDownloadIsLogged() throws Exception {
    signedIn(KARIN);
    message(11, MessageChannel.TUNSTALL_ORDER, "bestallning-digitalt-las-DL-2026-000001.pdf");

    mvc.perform(get("/api/meddelanden/11/dokument"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"bestallning-digitalt-las-DL-2026-000001.pdf\""))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().bytes(PDF));
    verify(access).readDocument(KARIN, BRUKARE, true, AccessChannel.API);
  }

  @Test
  void theProviderGetsThePhoniroWebOrderAndTheBillingBasisSocialkontoretTheBillingBasisOnly() throws Exception {
    message(12, MessageChannel.PHONIRO_WEB_ORDER, "webbestallning-installation-DL-2026-000002.pdf");
    message(13, MessageChannel.BILLING_BASIS, "underlag-fakturering-DL-2026-000003.pdf");

    signedIn(HANNA);
    mvc.perform(get("/api/meddelanden/12/dokument")).andExpect(status().isOk());
    mvc.perform(get("/api/meddelanden/13/dokument")).andExpect(status().isOk());
    verify(access).readDocument(HANNA, BRUKARE, true, AccessChannel.API);
    verify(access).readDocument(HANNA, BRUKARE, false, AccessChannel.API);

    signedIn(SVEN);
    mvc.perform(get("/api/meddelanden/13/dokument")).andExpect(status().isOk());
    mvc.perform(get("/api/meddelanden/12/dokument"))
        .andExpect(status().isForbidden())
        .andExpect(content().json("{\"type\": \"Forbidden\", \"message\": \"Bara avsändarens grupp och"
            + " administratör får hämta meddelandets dokument\"}", true));

    signedIn(KARIN);
    mvc.perform(get("/api/meddelanden/12/dokument")).andExpect(status().isForbidden());
  }

  @Test
  void aGroupThatSendsNoDocumentsIs403InSwedishAndLearnsNothingOfTheMessage() throws Exception {
    signedIn(new Staff("lars", List.of("larmhandlaggare"), false));

    mvc.perform(get("/api/meddelanden/11/dokument"))
        .andExpect(status().isForbidden())
        .andExpect(content().json("{\"type\": \"Forbidden\", \"message\": \"Bara avsändarens grupp och"
            + " administratör får hämta meddelandets dokument\"}", true));
    verifyNoInteractions(messages);
  }

  @Test
  void withoutWorkOnTheBrukareTheAccessRuleRefuses() throws Exception {
    signedIn(HANNA);
    message(12, MessageChannel.PHONIRO_WEB_ORDER, "webbestallning-installation-DL-2026-000002.pdf");
    doThrow(new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE))
        .when(access).readDocument(any(), anyLong(), anyBoolean(), any());

    mvc.perform(get("/api/meddelanden/12/dokument"))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.message").value(AccessDenied.NO_WORK_ON_BRUKARE));
    verify(messages, never()).document(anyLong());
  }

  @Test
  void anAdministratorGetsEveryDocument() throws Exception {
    signedIn(new Staff("anna", List.of("camunda-admin"), true));
    message(11, MessageChannel.TUNSTALL_ORDER, "bestallning-digitalt-las-DL-2026-000001.pdf");
    message(13, MessageChannel.BILLING_BASIS, "underlag-fakturering-DL-2026-000003.pdf");

    mvc.perform(get("/api/meddelanden/11/dokument")).andExpect(status().isOk());
    mvc.perform(get("/api/meddelanden/13/dokument")).andExpect(status().isOk());
  }

  @Test
  void noOneSignedInIs403() throws Exception {
    when(access.currentStaff()).thenReturn(Optional.empty());

    mvc.perform(get("/api/meddelanden/11/dokument")).andExpect(status().isForbidden());
    verifyNoInteractions(messages);
  }

  @Test
  void anUnknownMessageOrOneWithoutDocumentIs404() throws Exception {
    signedIn(KARIN);
    when(messages.findById(anyLong())).thenReturn(Optional.empty());

    mvc.perform(get("/api/meddelanden/99/dokument"))
        .andExpect(status().isNotFound())
        .andExpect(content().json("{\"type\": \"NotFound\","
            + " \"message\": \"Meddelandet finns inte eller har inget dokument\"}", true));
  }

  @Test
  void aNonNumericIdIs400() throws Exception {
    signedIn(KARIN);

    mvc.perform(get("/api/meddelanden/abc/dokument"))
        .andExpect(status().isBadRequest())
        .andExpect(content().json("{\"type\": \"InvalidRequest\", \"message\": \"Ogiltigt id\"}", true));
  }

  private void signedIn(Staff staff) {
    when(access.currentStaff()).thenReturn(Optional.of(staff));
  }

  private void message(long id, MessageChannel channel, String fileName) {
    when(messages.findById(id)).thenReturn(Optional.of(new OutgoingMessage(id, BRUKARE, channel, "till@example",
        "Ämne", "Text", MessageState.SENT, LocalDateTime.of(2026, 12, 2, 10, 0), null, 1, null, null, "<id@x>",
        true, fileName)));
    when(messages.document(id)).thenReturn(Optional.of(new MessageDocument(fileName, MessageDocument.PDF, PDF)));
  }
}
