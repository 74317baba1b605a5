package se.digitalalas.web;

import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import java.util.List;
import se.digitalalas.access.CurrentStaff;
import se.digitalalas.access.Staff;
import se.digitalalas.registry.message.MessageDocument;
import se.digitalalas.registry.message.OutgoingMessageRegistry;

@WebMvcTest(MessageDocumentController.class)
class MessageDocumentControllerTest {

  private static final byte[] PDF = "%PDF-1.7 order".getBytes();
  private static final Staff KARIN = new Staff("karin", List.of("koordinator"), false);

  @Autowired
  MockMvc mvc;
  @MockitoBean
  OutgoingMessageRegistry messages;
  @MockitoBean
  CurrentStaff caller;

  @Test
  void theKoordinatorGetsThePdfAsAnAttachment() throws Exception {
    when(caller.current()).thenReturn(Optional.of(KARIN));
    when(messages.document(11)).thenReturn(Optional.of(
        new MessageDocument("bestallning-digitalt-las-7-2026-11-23.pdf", MessageDocument.PDF, PDF)));

    mvc.perform(get("/api/meddelanden/11/dokument"))
        .andExpect(status().isOk())
        .andExpect(content().contentType("application/pdf"))
        .andExpect(header().string("Content-Disposition",
            "attachment; filename=\"bestallning-digitalt-las-7-2026-11-23.pdf\""))
        .andExpect(header().string("Cache-Control", "no-store"))
        .andExpect(content().bytes(PDF));
  }

  @Test
  void anyoneElseIs403InSwedishAndLearnsNothingOfTheMessage() throws Exception {
    when(caller.current()).thenReturn(Optional.of(new Staff("hanna", List.of("hemtjanstutforare"), false)));

    mvc.perform(get("/api/meddelanden/11/dokument"))
        .andExpect(status().isForbidden())
        .andExpect(content().json("{\"type\": \"Forbidden\","
            + " \"message\": \"Bara koordinator och administratör får hämta meddelandens dokument\"}", true));
    verifyNoInteractions(messages);
  }

  @Test
  void anAdministratorGetsItToo() throws Exception {
    when(caller.current()).thenReturn(Optional.of(new Staff("anna", List.of("camunda-admin"), true)));
    when(messages.document(11)).thenReturn(Optional.of(
        new MessageDocument("bestallning-digitalt-las-7-2026-11-23.pdf", MessageDocument.PDF, PDF)));

    mvc.perform(get("/api/meddelanden/11/dokument")).andExpect(status().isOk());
  }

  @Test
  void noOneSignedInIs403() throws Exception {
    when(caller.current()).thenReturn(Optional.empty());

    mvc.perform(get("/api/meddelanden/11/dokument")).andExpect(status().isForbidden());
    verifyNoInteractions(messages);
  }

  @Test
  void anUnknownMessageOrOneWithoutDocumentIs404() throws Exception {
    when(caller.current()).thenReturn(Optional.of(KARIN));
    when(messages.document(anyLong())).thenReturn(Optional.empty());

    mvc.perform(get("/api/meddelanden/99/dokument"))
        .andExpect(status().isNotFound())
        .andExpect(content().json("{\"type\": \"NotFound\","
            + " \"message\": \"Meddelandet finns inte eller har inget dokument\"}", true));
  }

  @Test
  void aNonNumericIdIs400() throws Exception {
    when(caller.current()).thenReturn(Optional.of(KARIN));

    mvc.perform(get("/api/meddelanden/abc/dokument"))
        .andExpect(status().isBadRequest())
        .andExpect(content().json("{\"type\": \"InvalidRequest\", \"message\": \"Ogiltigt id\"}", true));
  }
}
