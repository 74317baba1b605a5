package se.digitalalas.web;

import se.digitalalas.registry.overview.BrukareOverview;
import se.digitalalas.registry.overview.BrukareOverviewReader;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.*;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.household.Household;

@WebMvcTest(BrukareController.class)
class BrukareControllerTest {

  @Autowired
  MockMvc mvc;
  @MockitoBean
  BrukareOverviewReader reader;

  @Test
  void getsTheBrukareById() throws Exception {
    when(reader.byId(7)).thenReturn(Optional.of(overview()));

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
    when(reader.byPersonnummer(new Personnummer("194403052386"))).thenReturn(Optional.of(overview()));

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
    verifyNoInteractions(reader);
  }

  @Test
  void unknownBrukareIs404() throws Exception {
    when(reader.byPersonnummer(any())).thenReturn(Optional.empty());
    when(reader.byId(anyLong())).thenReturn(Optional.empty());

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
    when(reader.byId(99)).thenReturn(Optional.empty());

    mvc.perform(post("/api/brukare/sok").contentType(MediaType.APPLICATION_JSON)
            .content("{\"personnummer\": \"440305-2387\"}"))
        .andExpect(jsonPath("$.type").value("Refusal"));
    mvc.perform(get("/api/brukare/99"))
        .andExpect(jsonPath("$.type").value("NotFound"))
        .andExpect(jsonPath("$.length()").value(2));
  }

  private static BrukareOverview overview() {
    Brukare brukare = new Brukare(7, "194403052386", "Astrid Andersson", "070-1234567", 3, "Norra",
        null, true, true, LocalDate.of(2026, 11, 20), null, null, null, null);
    Household household = new Household(3, "Storgatan 1", "12345", "Storstad", "1234", null, null);
    return new BrukareOverview(brukare, household, null, List.of(), List.of(), List.of(),
        List.of(), List.of());
  }
}
