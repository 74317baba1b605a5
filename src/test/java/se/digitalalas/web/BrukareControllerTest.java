package se.digitalalas.web;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Household;
import se.digitalalas.registry.overview.BrukareOverview;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.AccessDenied;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.access.Staff;

@WebMvcTest(BrukareController.class)
@ExtendWith(OutputCaptureExtension.class)
class BrukareControllerTest {

  @Autowired
  MockMvc mvc;
  @MockitoBean
  BrukareAccess access;

  static final Staff HANNA = new Staff("hanna", List.of("hemtjanstutforare"), false);

  @BeforeEach
  void signedIn() {
    when(access.currentStaff()).thenReturn(Optional.of(HANNA));
  }

  @Test
  void aStaffMemberWithoutWorkOnTheBrukareGets403InSwedish() throws Exception {
    when(access.read(HANNA, 8, AccessChannel.API)).thenThrow(new AccessDenied(AccessDenied.NO_WORK_ON_BRUKARE));

    mvc.perform(get("/api/brukare/8"))
        .andExpect(status().isForbidden())
        .andExpect(content().json("{\"type\": \"Forbidden\", \"message\": \""
            + AccessDenied.NO_WORK_ON_BRUKARE + "\"}", true));
  }

  @Test
  void getsTheBrukareById() throws Exception {
    when(access.read(HANNA, 7, AccessChannel.API)).thenReturn(Optional.of(overview()));

    mvc.perform(get("/api/brukare/7"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.brukare.personnummer").value("194403052386"))
        .andExpect(jsonPath("$.brukare.beslutsdatum").value("2026-11-20"))
        .andExpect(jsonPath("$.household.address").value("Storgatan 1"))
        .andExpect(jsonPath("$.lock").isEmpty())
        .andExpect(jsonPath("$.keys").isArray());
  }

  @Test
  void searchesByPersonnummerInTheBody() throws Exception {
    when(access.readByPersonnummer(HANNA, new Personnummer("194403052386"), AccessChannel.API)).thenReturn(Optional.of(overview()));

    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personnummer\": \"440305-2386\"}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.brukare.name").value("Astrid Andersson"));
  }

  @Test
  void malformedPersonnummerIs400WithTheSwedishReason() throws Exception {
    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personnummer\": \"440305-2387\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(
            "Ogiltigt personnummer: kontrollsiffran stämmer inte eller så finns inte datumet"));
    verify(access, never()).read(any(), anyLong(), any());
    verify(access, never()).readByPersonnummer(any(), any(), any());
  }

  @Test
  void unknownBrukareIs404() throws Exception {
    when(access.readByPersonnummer(eq(HANNA), any(), eq(AccessChannel.API))).thenReturn(Optional.empty());
    when(access.read(eq(HANNA), anyLong(), eq(AccessChannel.API))).thenReturn(Optional.empty());

    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personnummer\": \"121212-1212\"}"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("Brukaren finns inte i registret"));
    mvc.perform(get("/api/brukare/99"))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.message").value("Brukaren finns inte i registret"));
  }

  @Test
  void missingPersonnummerIs400() throws Exception {
    String body = mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{}"))
        .andExpect(status().isBadRequest())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).contains("personnummer saknas");
  }

  @Test
  void refusalsAndUnknownBrukareHaveTheCommonErrorShape() throws Exception {
    when(access.read(HANNA, 99, AccessChannel.API)).thenReturn(Optional.empty());

    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personnummer\": \"440305-2387\"}"))
        .andExpect(jsonPath("$.type").value("Refusal"));
    mvc.perform(get("/api/brukare/99"))
        .andExpect(jsonPath("$.type").value("NotFound"))
        .andExpect(jsonPath("$.length()").value(2));
  }

  @Test
  void aNonNumericIdIs400() throws Exception {
    mvc.perform(get("/api/brukare/abc"))
        .andExpect(status().isBadRequest())
        .andExpect(content().json("{\"type\": \"InvalidRequest\", \"message\": \"Ogiltigt id\"}", true));
    verify(access, never()).read(any(), anyLong(), any());
    verify(access, never()).readByPersonnummer(any(), any(), any());
  }

  @Test
  void malformedJsonIs400WithoutTheParsersText() throws Exception {
    String body = mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personnummer\": "))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("InvalidRequest"))
        .andExpect(jsonPath("$.message").value("Ogiltig begäran: innehållet är inte giltig JSON"))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    assertThat(body).doesNotContain("JSON parse error", "Unexpected end-of-input", "Source");
  }

  @Test
  void aFieldOfTheWrongTypeIs400NamingTheField() throws Exception {
    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personnummer\": {\"nummer\": 1}}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value(
            "Ogiltig begäran: fältet 'personnummer' har fel typ eller format"));
    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("[\"194403052386\"]"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.message").value("Ogiltig begäran: innehållet ska vara ett JSON-objekt"));
    verify(access, never()).read(any(), anyLong(), any());
    verify(access, never()).readByPersonnummer(any(), any(), any());
  }

  @Test
  void aMissingBodyIs400() throws Exception {
    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(content().json("{\"type\": \"InvalidRequest\","
            + " \"message\": \"Ogiltig begäran: innehåll saknas eller kan inte läsas\"}", true));
  }

  @Test
  void aBodyThatIsNotJsonIs415() throws Exception {
    mvc.perform(post("/api/brukare/sok").contentType(MediaType.TEXT_PLAIN).content("194403052386"))
        .andExpect(status().isUnsupportedMediaType())
        .andExpect(jsonPath("$.type").value("InvalidRequest"))
        .andExpect(jsonPath("$.message").value("Innehållstypen stöds inte: skicka JSON"));
  }

  @Test
  void anyOtherFailureIs500SayingNothingOfTheCauseAndIsLoggedOnce(CapturedOutput log) throws Exception {
    when(access.read(HANNA, 5, AccessChannel.API)).thenThrow(new DataIntegrityViolationException(
        "PreparedStatementCallback; SQL [select secret_column from brukare]"));

    String body = mvc.perform(get("/api/brukare/5"))
        .andExpect(status().isInternalServerError())
        .andExpect(content().json("{\"type\": \"InternalError\","
            + " \"message\": \"Ett internt fel inträffade. Försök igen eller kontakta support.\"}", true))
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(body).doesNotContain("SQL", "secret_column", "Exception", "at se.");
    assertThat(log.getOut()).containsOnlyOnce("ERROR")
        .containsOnlyOnce("SQL [select secret_column from brukare]")
        .contains("at se.digitalalas.web.BrukareController.byId");
  }

  private static BrukareOverview overview() {
    Brukare brukare = new Brukare(7, "194403052386", "Astrid Andersson", "070-1234567", 3, "Norra",
        null, true, true, LocalDate.of(2026, 11, 20), null, null, null, null);
    Household household = new Household(3, "Storgatan 1", "12345", "Storstad", "1234", null, null);
    return new BrukareOverview(brukare, household, null, List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), null, List.of());
  }
}
