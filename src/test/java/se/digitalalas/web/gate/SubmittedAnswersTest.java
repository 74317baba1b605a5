package se.digitalalas.web.gate;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.Contract;
import se.digitalalas.refusal.Refusal;

class SubmittedAnswersTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final FormFields FORM = FormFields.read(new ByteArrayInputStream("""
      {"components": [
        {"type": "text", "text": "{{namn}}"},
        {"type": "textfield", "key": "serienummer", "label": "Serienummer"},
        {"type": "textfield", "key": "postnummer", "label": "Postnummer", "validate": {"maxLength": 6}},
        {"type": "checkbox", "key": "harKodlas", "label": "Kodlås"},
        {"type": "datetime", "key": "bokadTid", "dateLabel": "Datum"},
        {"type": "checkbox", "key": "brukareId", "label": "smuggled into a form"},
        {"type": "group", "components": [{"type": "textfield", "key": "nyckelnummer"}]},
        {"type": "dynamiclist", "path": "rader", "components": [{"type": "textfield", "key": "rad"}]},
        {"type": "textfield", "key": "visas", "disabled": true}
      ]}""".getBytes(StandardCharsets.UTF_8)));

  private final SubmittedAnswers answers = new SubmittedAnswers(ZoneId.of("Europe/Stockholm"));

  @Test
  void theFormsAnswersPass() {
    assertThatCode(() -> check("""
        {"serienummer": {"value": "PH-1", "type": "String"},
         "harKodlas": {"value": "false"},
         "bokadTid": {"value": "2026-12-01T09:30:00.000+0100", "type": "Date"},
         "nyckelnummer": {"value": "N-1"},
         "rader": {"value": "[]", "type": "Json"},
         "postnummer": {"value": null}}""")).doesNotThrowAnyException();
    assertThatCode(() -> check("""
        {"bokadTid": {"value": "2026-12-01T09:30+01:00"}, "harKodlas": {"value": true, "type": "boolean"}}"""))
        .doesNotThrowAnyException();
  }

  @Test
  void aVariableTheFormDoesNotAskForIsRefusedByName() {
    assertThatThrownBy(() -> check("""
        {"serienummer": {"value": "PH-1"}, "lasFinns": {"value": true}, "rad": {"value": "x"}}"""))
        .isInstanceOf(Refusal.class).hasMessage("Uppgiften tar inte emot: lasFinns, rad");
    assertThatThrownBy(() -> check("{\"visas\": {\"value\": \"x\"}}"))
        .hasMessage("Uppgiften tar inte emot: visas");
  }

  @Test
  void aLongForeignNameIsNotEchoedWhole() {
    String name = "x".repeat(5000);
    assertThatThrownBy(() -> check("{\"" + name + "\": {\"value\": 1}}"))
        .hasMessage("Uppgiften tar inte emot: " + "x".repeat(60) + "…");
  }

  @Test
  void whatTheServiceSetsIsRefusedEvenWhenAFormAsksForIt() {
    for (var variable : Contract.SET_BY_THE_SERVICE) {
      assertThatThrownBy(() -> check("{\"" + variable.name() + "\": {\"value\": 1}}"))
          .hasMessage("Uppgiften tar inte emot: " + variable.name());
    }
  }

  @Test
  void aQuestionIsYesOrNo() {
    assertThatThrownBy(() -> check("{\"harKodlas\": {\"value\": \"kanske\", \"type\": \"Boolean\"}}"))
        .hasMessage("Ogiltigt värde för kodlås på ytterdörren: ange ja eller nej");
    assertThatThrownBy(() -> check("{\"harKodlas\": {\"value\": 1, \"type\": \"Integer\"}}"))
        .hasMessage("Ogiltigt värde för kodlås på ytterdörren: ange ja eller nej");
  }

  @Test
  void aDateMustBeReadable() {
    assertThatThrownBy(() -> check("{\"bokadTid\": {\"value\": \"2026-13-45\"}}"))
        .isInstanceOf(Refusal.class).hasMessageContaining("bokad tid");
    assertThatThrownBy(() -> check("{\"bokadTid\": {\"value\": \"2026-13-45T10:00:00.000+0100\", \"type\": \"Date\"}}"))
        .hasMessageStartingWith("Ogiltigt datum för bokad tid");
    assertThatThrownBy(() -> check("{\"bokadTid\": {\"value\": \"imorgon\", \"type\": \"Date\"}}"))
        .hasMessageStartingWith("Ogiltigt datum för bokad tid");
    assertThatThrownBy(() -> check("{\"bokadTid\": {\"value\": \"9999-01-01\"}}"))
        .hasMessage("Ogiltigt datum för bokad tid: året ska vara mellan 1900 och 2200");
    assertThatThrownBy(() -> check("{\"bokadTid\": {\"value\": 12345}}"))
        .hasMessage("Ogiltigt värde för bokad tid: ange datum som ÅÅÅÅ-MM-DD");
  }

  @Test
  void aTextIsAStringWithoutNulAndNotTooLong() {
    assertThatThrownBy(() -> check("{\"serienummer\": {\"value\": \"PH\\u00001\"}}"))
        .hasMessage("Ogiltigt värde för serienummer: texten innehåller otillåtna tecken");
    assertThatThrownBy(() -> check("{\"serienummer\": {\"value\": \"" + "x".repeat(1001) + "\"}}"))
        .hasMessage("Ogiltigt värde för serienummer: högst 1000 tecken");
    assertThatThrownBy(() -> check("{\"postnummer\": {\"value\": \"1234567\"}}"))
        .hasMessage("Ogiltigt värde för postnummer: högst 6 tecken");
    assertThatThrownBy(() -> check("{\"serienummer\": {\"value\": 4711, \"type\": \"Integer\"}}"))
        .hasMessage("Ogiltigt värde för serienummer: ange text");
    assertThatThrownBy(() -> check("{\"serienummer\": {\"value\": \"x\", \"type\": \"Object\"}}"))
        .hasMessage("Ogiltigt värde för serienummer: ange text");
  }

  @Test
  void aVariableIsAValueAndAType() {
    assertThatThrownBy(() -> check("{\"serienummer\": \"PH-1\"}"))
        .isInstanceOf(GateRefusal.class);
    assertThatThrownBy(() -> check("{\"serienummer\": {\"value\": \"PH-1\", \"Value\": \"PH-2\"}}"))
        .isInstanceOf(GateRefusal.class);
  }

  @Test
  void theBodyIsReadStrictly() {
    assertThatThrownBy(() -> body("{\"variables\": {}, \"variables\": {}}"))
        .isInstanceOf(GateRefusal.class).hasMessage("Ogiltig begäran: innehållet är inte giltig JSON");
    assertThatThrownBy(() -> body("{\"variables\": {}} {}"))
        .isInstanceOf(GateRefusal.class);
    assertThatThrownBy(() -> body("{\"Variables\": {}}"))
        .hasMessage("Ogiltig begäran: okänt fält Variables");
    assertThatThrownBy(() -> body("{variables"))
        .hasMessage("Ogiltig begäran: innehållet är inte giltig JSON");
    assertThat(body("").isObject()).isTrue();
  }

  private static JsonNode body(String json) {
    return RequestBody.read(json.getBytes(StandardCharsets.UTF_8), java.util.Set.of("variables"));
  }

  private void check(String variables) throws Exception {
    JsonNode json = JSON.readTree(variables);
    answers.check(json, FORM, "Uppgiften");
  }
}
