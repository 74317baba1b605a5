package se.digitalalas.processtest;

import static se.digitalalas.process.variables.Contract.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Every shared step of process.steps as a mock for a routine's fast BPMN test: each records that
 * it ran (by bean name, and what it was given in its input parameters) and sets what the real step
 * sets, from values the test chooses. A test makes a step fail with {@link #fail}. Routine-specific
 * beans the test registers itself, with {@link #recording} if a record is enough.
 */
public final class SharedStepMocks {

  /** The case reference the intake mocks give the routine as its business key. */
  public static final String CASE_REFERENCE = "DL-2026-000042";

  private final List<String> calls = new ArrayList<>();
  private final List<String> standardTexts = new ArrayList<>();
  private final Map<String, RuntimeException> failures = new HashMap<>();
  private final String personnummer;
  private final long brukareId;
  private boolean lockInstalled;
  private boolean kodlasKnown;
  private Date installationReminder = new Date(0);
  private final Map<String, Object> registeredDetails = new HashMap<>();
  private boolean insatsHemtjanst;
  private boolean insatsTrygghetslarm;
  private long brukarensAlder;
  private String linkedSerienummer;
  private String linkedLeverantor;
  private Date nedmonteringSenast = new Date(0);
  private Date nedmonteringPaminnelse = new Date(0);
  private Date nedmonteringEskalering = new Date(0);

  private SharedStepMocks(String personnummer, long brukareId) {
    this.personnummer = personnummer;
    this.brukareId = brukareId;
  }

  /** Registers the mocks (Mocks.register) for a brukare the intake "finds" with this id. */
  public static SharedStepMocks register(String personnummer, long brukareId) {
    SharedStepMocks steps = new SharedStepMocks(personnummer, brukareId);
    Mocks.register("brukareIntake", (ExecutionListener) execution -> {
      steps.ran("brukareIntake");
      execution.setProcessBusinessKey(CASE_REFERENCE);
      PERSONNUMMER.set(execution, personnummer);
      BRUKARE_ID.set(execution, brukareId);
    });
    Mocks.register("registeredBrukare", (ExecutionListener) execution -> {
      steps.ran("registeredBrukare");
      execution.setProcessBusinessKey(CASE_REFERENCE);
      PERSONNUMMER.set(execution, personnummer);
      BRUKARE_ID.set(execution, brukareId);
      execution.setVariables(steps.registeredDetails);
      INSATS_HEMTJANST.set(execution, steps.insatsHemtjanst);
      INSATS_TRYGGHETSLARM.set(execution, steps.insatsTrygghetslarm);
      BRUKARENS_ALDER.set(execution, steps.brukarensAlder);
    });
    Mocks.register("oneRunningRoutinePerBrukare", (ExecutionListener) execution -> steps.ran("oneRunningRoutinePerBrukare"));
    Mocks.register("existingLockCheck", steps.step("existingLockCheck", e -> LAS_FINNS.set(e, steps.lockInstalled)));
    Mocks.register("kodlasLookup", steps.step("kodlasLookup", e -> HAR_KODLAS.set(e, steps.kodlasKnown)));
    Mocks.register("kodlasAnswer", steps.recording("kodlasAnswer"));
    Mocks.register("standardNoteWriter", steps.step("standardNoteWriter",
        e -> steps.standardTexts.add(String.valueOf(e.getVariableLocal("standardtext")))));
    Mocks.register("keyRegistration", steps.recording("keyRegistration"));
    Mocks.register("answerCheck", steps.step("answerCheck",
        e -> steps.calls.add("answerCheck:" + e.getVariableLocal("obligatoriska"))));
    Mocks.register("digitalaLasMessage", steps.step("digitalaLasMessage",
        e -> steps.calls.add("digitalaLasMessage:" + e.getVariableLocal("meddelandeSyfte"))));
    Mocks.register("installationReminder",
        steps.step("installationReminder", e -> INSTALLATION_PAMINNELSE.set(e, steps.installationReminder)));
    Mocks.register("nfcTagPutUp", steps.recording("nfcTagPutUp"));
    Mocks.register("nfcTagTakenDown", steps.recording("nfcTagTakenDown"));
    Mocks.register("householdLockLink", steps.recording("householdLockLink"));
    Mocks.register("verkstallighetClosing", steps.step("verkstallighetClosing",
        e -> steps.calls.add("verkstallighetClosing:" + e.getVariableLocal("insats"))));
    Mocks.register("linkedLockCheck", steps.step("linkedLockCheck", e -> {
      LAS_FINNS.set(e, steps.linkedSerienummer != null);
      if (steps.linkedSerienummer != null) {
        SERIENUMMER.set(e, steps.linkedSerienummer);
        LEVERANTOR.set(e, steps.linkedLeverantor);
      }
    }));
    Mocks.register("removalDeadline", steps.step("removalDeadline", e -> {
      NEDMONTERING_SENAST.set(e, steps.nedmonteringSenast);
      NEDMONTERING_PAMINNELSE.set(e, steps.nedmonteringPaminnelse);
      NEDMONTERING_ESKALERING.set(e, steps.nedmonteringEskalering);
    }));
    Mocks.register("checkpointCheck", steps.step("checkpointCheck",
        e -> steps.calls.add("checkpointCheck:" + e.getVariableLocal("kontrollpunkter"))));
    return steps;
  }

  /** A step that only records that it ran, unless the test made it fail. */
  public JavaDelegate recording(String bean) {
    return step(bean, execution -> { });
  }

  public SharedStepMocks lockInstalled(boolean installed) {
    this.lockInstalled = installed;
    return this;
  }

  public SharedStepMocks kodlasKnown(boolean known) {
    this.kodlasKnown = known;
    return this;
  }

  public SharedStepMocks installationReminder(Date at) {
    this.installationReminder = at;
    return this;
  }

  /** What registeredBrukare finds in the registry besides the id: namn, adress and so on, by name. */
  public SharedStepMocks registeredDetails(Map<String, Object> details) {
    this.registeredDetails.putAll(details);
    return this;
  }

  /** The insatser registeredBrukare finds on the brukare. */
  public SharedStepMocks insatser(boolean hemtjanst, boolean trygghetslarm) {
    this.insatsHemtjanst = hemtjanst;
    this.insatsTrygghetslarm = trygghetslarm;
    return this;
  }

  public SharedStepMocks brukarensAlder(long years) {
    this.brukarensAlder = years;
    return this;
  }

  /** linkedLockCheck finds this installed lock on the brukare; without it, no lock. */
  public SharedStepMocks linkedLock(String serienummer, String leverantor) {
    this.linkedSerienummer = serienummer;
    this.linkedLeverantor = leverantor;
    return this;
  }

  /** linkedLockCheck finds no installed lock on the brukare. */
  public SharedStepMocks noLinkedLock() {
    return linkedLock(null, null);
  }

  /** What removalDeadline computes: the last day, the reminder and the escalation. */
  public SharedStepMocks removalDeadline(Date senast, Date paminnelse, Date eskalering) {
    this.nedmonteringSenast = senast;
    this.nedmonteringPaminnelse = paminnelse;
    this.nedmonteringEskalering = eskalering;
    return this;
  }

  /** The bean throws this the next times it runs. */
  public void fail(String bean, RuntimeException failure) {
    failures.put(bean, failure);
  }

  /** The bean runs as it should again. */
  public void recover(String bean) {
    failures.remove(bean);
  }

  /** Bean names in the order they ran (a step with input parameters also as "bean:value"). */
  public List<String> calls() {
    return calls;
  }

  /** The standardtext input parameter of each note written. */
  public List<String> standardTexts() {
    return standardTexts;
  }

  public String personnummer() {
    return personnummer;
  }

  public long brukareId() {
    return brukareId;
  }

  /** A step with an effect on the execution, recorded as it runs, unless the test made it fail. */
  public JavaDelegate step(String bean, Effect effect) {
    return execution -> {
      RuntimeException failure = failures.get(bean);
      if (failure != null) {
        throw failure;
      }
      ran(bean);
      effect.on(execution);
    };
  }

  private void ran(String bean) {
    calls.add(bean);
  }

  @FunctionalInterface
  public interface Effect {
    void on(DelegateExecution execution);
  }
}
