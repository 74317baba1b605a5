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
import se.digitalalas.registry.message.MessageDocument;
import se.digitalalas.registry.message.OutgoingMessageRegistry;
import se.digitalalas.security.StaffGroup;

@WebMvcTest(MessageDocumentController.class)
class MessageDocumentControllerTest {

  private static final byte[] PDF = "%PDF-1.7 order".getBytes();

  @Autowired
  MockMvc mvc;
  @MockitoBean
  OutgoingMessageRegistry messages;
  @MockitoBean
  ApiCaller caller;

  @Test
  void theKoordinatorGetsThePdfAsAnAttachment() throws Exception {
    when(caller.isInOrAdministrator(StaffGroup.KOORDINATOR)).thenReturn(true);
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
    when(caller.isInOrAdministrator(StaffGroup.KOORDINATOR)).thenReturn(false);

    mvc.perform(get("/api/meddelanden/11/dokument"))
        .andExpect(status().isForbidden())
        .andExpect(content().json("{\"type\": \"Forbidden\","
            + " \"message\": \"Bara koordinator och administratör får hämta meddelandens dokument\"}", true));
    verifyNoInteractions(messages);
  }

  @Test
  void anUnknownMessageOrOneWithoutDocumentIs404() throws Exception {
    when(caller.isInOrAdministrator(StaffGroup.KOORDINATOR)).thenReturn(true);
    when(messages.document(anyLong())).thenReturn(Optional.empty());

    mvc.perform(get("/api/meddelanden/99/dokument"))
        .andExpect(status().isNotFound())
        .andExpect(content().json("{\"type\": \"NotFound\","
            + " \"message\": \"Meddelandet finns inte eller har inget dokument\"}", true));
  }

  @Test
  void aNonNumericIdIs400() throws Exception {
    when(caller.isInOrAdministrator(StaffGroup.KOORDINATOR)).thenReturn(true);

    mvc.perform(get("/api/meddelanden/abc/dokument"))
        .andExpect(status().isBadRequest())
        .andExpect(content().json("{\"type\": \"InvalidRequest\", \"message\": \"Ogiltigt id\"}", true));
  }
}
