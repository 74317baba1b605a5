package se.digitalalas.web.gate;

import static org.assertj.core.api.Assertions.*;
import static org.mockito.Mockito.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ExecutionQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.digitalalas.refusal.Refusal;

class VendorMessagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Caller TUNSTALL = new Caller("tunstall", List.of("tunstall"));

  private final RuntimeService runtime = mock(RuntimeService.class);
  private final ExecutionQuery query = mock(ExecutionQuery.class);
  private final VendorMessages messages = new VendorMessages(runtime, mock(IdentityService.class));

  @BeforeEach
  void aCaseWaits() {
    when(runtime.createExecutionQuery()).thenReturn(query);
    when(query.processInstanceBusinessKey(any())).thenReturn(query);
    when(query.messageEventSubscriptionName(any())).thenReturn(query);
    when(query.count()).thenReturn(1L);
  }

  @Test
  void tunstallsConfirmationForAWaitingCaseIsLetThrough() throws Exception {
    assertThatCode(() -> messages.check(TUNSTALL, body("TunstallInstallationKlar", "K-1", "\"TS-100\"")))
        .doesNotThrowAnyException();
    verify(query).processInstanceBusinessKey("K-1");
    verify(query).messageEventSubscriptionName("TunstallInstallationKlar");
  }

  @Test
  void aCaseThatDoesNotWaitIsA404WithTheReason() throws Exception {
    when(query.count()).thenReturn(0L);

    assertThatThrownBy(() -> messages.check(TUNSTALL, body("TunstallInstallationKlar", "K-1", "\"TS-100\"")))
        .isInstanceOfSatisfying(GateRefusal.class, refusal -> {
          assertThat(refusal.status()).isEqualTo(404);
          assertThat(refusal.error().message()).startsWith("Inget ärende med den referensen väntar på");
        });
  }

  @Test
  void staffMayNotSendAVendorsMessage() throws Exception {
    Caller hanna = new Caller("hanna", List.of("hemtjanstutforare"));

    assertThatThrownBy(() -> messages.check(hanna, body("TunstallInstallationKlar", "K-1", "\"TS-100\"")))
        .isInstanceOfSatisfying(GateRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(403));
  }

  @Test
  void aMessageNoVendorSendsIsForAdministrators() throws Exception {
    assertThatThrownBy(() -> messages.check(TUNSTALL, body("NagotAnnat", "K-1", "\"TS-100\"")))
        .isInstanceOfSatisfying(GateRefusal.class, refusal -> assertThat(refusal.status()).isEqualTo(403));
  }

  @Test
  void theCaseReferenceAndTheSerialNumberAreRequired() throws Exception {
    assertThatThrownBy(() -> messages.check(TUNSTALL, body("TunstallInstallationKlar", "", "\"TS-100\"")))
        .isInstanceOf(Refusal.class).hasMessageStartingWith("businessKey saknas");
    assertThatThrownBy(() -> messages.check(TUNSTALL, body("TunstallInstallationKlar", "K-1", "12")))
        .isInstanceOf(Refusal.class).hasMessage("serienummer saknas eller är inte en text");
    assertThatThrownBy(() -> messages.check(TUNSTALL, body("TunstallInstallationKlar", "K-1", "\"" + "9".repeat(51) + "\"")))
        .isInstanceOf(Refusal.class).hasMessage("serienummer är för långt (högst 50 tecken)");
  }

  @Test
  void onlyTheMessagesOwnVariablesAreTaken() throws Exception {
    JsonNode forged = JSON.readTree("""
        {"messageName": "TunstallInstallationKlar", "businessKey": "K-1",
         "processVariables": {"serienummer": {"value": "TS-1"}, "brukareId": {"value": 1, "type": "Long"}}}""");

    assertThatThrownBy(() -> messages.check(TUNSTALL, forged))
        .isInstanceOf(Refusal.class).hasMessage("TunstallInstallationKlar tar inte emot: brukareId");
  }

  private static JsonNode body(String name, String businessKey, String serial) throws Exception {
    return JSON.readTree("{\"messageName\": \"" + name + "\", \"businessKey\": \"" + businessKey
        + "\", \"processVariables\": {\"serienummer\": {\"value\": " + serial + "}}}");
  }
}
