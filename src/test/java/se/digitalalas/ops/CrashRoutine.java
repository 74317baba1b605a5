package se.digitalalas.ops;

import static se.digitalalas.process.variables.Contract.*;
import static se.digitalalas.testsupport.EngineRestClient.variable;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import se.digitalalas.routine.lasinstallation.LasInstallation;
import se.digitalalas.routine.monteringbistandsbedomd.MonteringBistandsbedomd;
import se.digitalalas.security.StaffGroup;

/**
 * One montering-bistandsbedomd case of the crash test: who the brukare is, which user tasks are
 * still ahead of it, and what each task's completion leaves in the registry.
 */
final class CrashRoutine {

  static final String BOOKED_TIME = "2026-12-02T13:00:00.000+0100";

  /** The user tasks on the way to EndEvent_LasInstallerat, in the order the test completes them. */
  enum Step {
    BEDOM_LASBEHOV(StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_BEDOM_LASBEHOV),
    TA_IN_FYSISKA_NYCKLAR(StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_TA_IN_FYSISKA_NYCKLAR),
    PLANERA_INSTALLATION(StaffGroup.LARMHANDLAGGARE, MonteringBistandsbedomd.TASK_PLANERA_INSTALLATION),
    SATT_UPP_NFC_ETIKETT(StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_SATT_UPP_NFC_ETIKETT),
    BOKA_INSTALLATION(StaffGroup.MONTOR, LasInstallation.TASK_BOKA_INSTALLATION),
    INSTALLERA_LAS(StaffGroup.MONTOR, LasInstallation.TASK_INSTALLERA_LAS),
    TA_NED_NFC_ETIKETT(StaffGroup.HEMTJANSTUTFORARE, MonteringBistandsbedomd.TASK_TA_NED_NFC_ETIKETT);

    final StaffGroup group;
    final String taskKey;

    Step(StaffGroup group, String taskKey) {
      this.group = group;
      this.taskKey = taskKey;
    }
  }

  final int number;
  final String personnummer;
  final String adress;
  /** Even cases give their keys at the assessment; odd ones go through Task_TaInFysiskaNycklar. */
  final boolean keysAtAssessment;
  private final Deque<Step> ahead = new ArrayDeque<>();
  String processInstanceId;

  CrashRoutine(int number) {
    this.number = number;
    this.personnummer = personnummer(number);
    this.adress = "Kraschvägen " + (number + 1);
    this.keysAtAssessment = number % 2 == 0;
    ahead.add(Step.BEDOM_LASBEHOV);
    if (!keysAtAssessment) {
      ahead.add(Step.TA_IN_FYSISKA_NYCKLAR);
    }
    ahead.addAll(List.of(Step.PLANERA_INSTALLATION, Step.SATT_UPP_NFC_ETIKETT, Step.BOKA_INSTALLATION,
        Step.INSTALLERA_LAS, Step.TA_NED_NFC_ETIKETT));
  }

  Step next() {
    return ahead.peek();
  }

  boolean finished() {
    return ahead.isEmpty();
  }

  void completed(Step step) {
    if (ahead.poll() != step) {
      throw new IllegalStateException(step + " is not the next step of case " + number);
    }
  }

  Map<String, Object> startVariables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PERSONNUMMER.name(), variable(personnummer, "String"));
    variables.put(NAMN.name(), variable("Krasch Testsson " + number, "String"));
    variables.put(ADRESS.name(), variable(adress, "String"));
    variables.put(POSTNUMMER.name(), variable("123 45", "String"));
    variables.put(ORT.name(), variable("Småstad", "String"));
    variables.put(INSATS_HEMTJANST.name(), variable(true, "Boolean"));
    variables.put(INSATS_TRYGGHETSLARM.name(), variable(true, "Boolean"));
    variables.put(BESLUTSDATUM.name(), variable("2026-11-20T00:00:00.000+0100", "Date"));
    return variables;
  }

  Map<String, Object> answers(Step step) {
    return switch (step) {
      case BEDOM_LASBEHOV -> {
        Map<String, Object> answers = new HashMap<>(Map.of(
            HAR_KODLAS.name(), variable(false, "Boolean"),
            FYSISKA_NYCKLAR_FINNS.name(), variable(keysAtAssessment, "Boolean"),
            OPPNAR_SJALV.name(), variable(false, "Boolean"),
            VILL_INTE_HA_LAS.name(), variable(false, "Boolean")));
        if (keysAtAssessment) {
          answers.put(NYCKELNUMMER.name(), variable(keyNumber(), "String"));
        }
        yield answers;
      }
      case TA_IN_FYSISKA_NYCKLAR -> Map.of(
          FYSISKA_NYCKLAR_FINNS.name(), variable(true, "Boolean"),
          NYCKELNUMMER.name(), variable(keyNumber(), "String"));
      case PLANERA_INSTALLATION -> Map.of();
      case SATT_UPP_NFC_ETIKETT -> Map.of(NFC_ETIKETT_UPPSATT.name(), variable(true, "Boolean"));
      case BOKA_INSTALLATION -> Map.of(BOKAD_TID.name(), variable(BOOKED_TIME, "Date"));
      case INSTALLERA_LAS -> Map.of(
          SERIENUMMER.name(), variable(serialNumber(), "String"),
          LEVERANTOR.name(), variable("PHONIRO", "String"),
          LAS_KOPPLAT_TILL_BRUKARE.name(), variable(true, "Boolean"),
          LASVRED_MARKT_MED_NYCKELNUMMER.name(), variable(true, "Boolean"),
          ARBETET_UTFORT.name(), variable(true, "Boolean"));
      case TA_NED_NFC_ETIKETT -> Map.of(NFC_ETIKETT_NEDTAGEN.name(), variable(true, "Boolean"));
    };
  }

  /**
   * Whether the brukare's record shows what the step's completion writes in the same
   * transaction; steps that write no registry row answer true (their trace is the task history).
   */
  boolean registryShows(Step step, JsonNode registry) {
    return switch (step) {
      case BEDOM_LASBEHOV -> !keysAtAssessment || hasKey(registry);
      case TA_IN_FYSISKA_NYCKLAR -> hasKey(registry);
      case PLANERA_INSTALLATION, BOKA_INSTALLATION -> true;
      case SATT_UPP_NFC_ETIKETT -> elements(registry.path("nfcTags")).stream()
          .anyMatch(tag -> !tag.path("putUpAt").isNull());
      case INSTALLERA_LAS -> serialNumber().equals(registry.path("lock").path("lock").path("serialNumber").asText())
          && "INSTALLED".equals(registry.path("lock").path("lock").path("status").asText());
      case TA_NED_NFC_ETIKETT -> elements(registry.path("nfcTags")).stream()
          .anyMatch(tag -> !tag.path("takenDownAt").isNull());
    };
  }

  /** Whether the step writes a registry row that is absent until it is completed. */
  boolean writesTheRegistry(Step step) {
    return switch (step) {
      case BEDOM_LASBEHOV -> keysAtAssessment;
      case TA_IN_FYSISKA_NYCKLAR, SATT_UPP_NFC_ETIKETT, INSTALLERA_LAS, TA_NED_NFC_ETIKETT -> true;
      case PLANERA_INSTALLATION, BOKA_INSTALLATION -> false;
    };
  }

  String keyNumber() {
    return "K-" + number;
  }

  String serialNumber() {
    return "KR-" + number;
  }

  private boolean hasKey(JsonNode registry) {
    return elements(registry.path("keys")).stream().anyMatch(key -> keyNumber().equals(key.path("keyNumber").asText()));
  }

  private static List<JsonNode> elements(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  /** A valid personnummer (Luhn) per case: born 1931-03-(number + 1), serial 98x. */
  private static String personnummer(int number) {
    String nineDigits = String.format("3103%02d98%d", number + 1, number % 10);
    int sum = 0;
    for (int i = 0; i < nineDigits.length(); i++) {
      int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product / 10 + product % 10;
    }
    return "19" + nineDigits + (10 - sum % 10) % 10;
  }
}
