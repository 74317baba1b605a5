package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Insats;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * After a task that closes a verkställighet (the input parameter {@code insats} names which):
 * the closing date may not lie in the future or before the insats began. The registry then has
 * the verkställighet closed and the insats ended. Closing hemtjänst also needs the physical keys
 * returned (LP §4.5): hemtjänst's sets go back to the brukare. Each change goes into the access log.
 */
@Component("verkstallighetClosing")
class VerkstallighetClosing implements JavaDelegate {

  static final String INSATS = "insats";

  private final BrukareRegistry brukare;
  private final KeyRegistry keys;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  VerkstallighetClosing(BrukareRegistry brukare, KeyRegistry keys, NoteRegistry notes,
      ProcessDefinitions definitions, Clock clock, BrukareAccess access) {
    this.brukare = brukare;
    this.keys = keys;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Insats insats = insats(execution);
    LocalDate closedOn = VERKSTALLIGHET_AVSLUTAD_DATUM.date(execution, clock.getZone())
        .orElseThrow(() -> new Refusal("Ange " + VERKSTALLIGHET_AVSLUTAD_DATUM.label()));
    Brukare closing = brukare.require(BRUKARE_ID.require(execution));
    refuseImpossible(insats, closedOn, closing);
    if (insats == Insats.HEMTJANST) {
      Checkpoints.requireConfirmed(execution, FYSISKA_NYCKLAR_ATERLAMNADE,
          "Bekräfta att hemtjänstens fysiska nycklar är återlämnade till brukaren");
      if (keys.returnToBrukare(closing.id(), Set.of(KeyHolder.HEMTJANST)) > 0) {
        access.changed(closing.id(), DelegateChanges.KEYS_RETURNED, AccessChannel.DELEGATE);
      }
    }
    brukare.closeVerkstallighet(closing.id(), insats, closedOn);
    access.changed(closing.id(), DelegateChanges.verkstallighetClosed(insats), AccessChannel.DELEGATE);
    notes.write(closing.id(), "Verkställigheten för " + insats.swedish() + " avslutad " + closedOn + ".",
        definitions.noteAuthor(execution));
    access.changed(closing.id(), DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }

  private void refuseImpossible(Insats insats, LocalDate closedOn, Brukare closing) {
    if (closedOn.isAfter(LocalDate.now(clock))) {
      throw new Refusal("Datum då verkställigheten avslutades (" + closedOn
          + ") ligger i framtiden. Ange dagen då verkställigheten avslutades i Lifecare");
    }
    closing.insatsStarted(insats).filter(closedOn::isBefore).ifPresent(started -> {
      throw new Refusal("Datum då verkställigheten avslutades (" + closedOn + ") ligger före insatsens start ("
          + started + ")");
    });
  }

  private static Insats insats(DelegateExecution execution) {
    Object name = execution.getVariableLocal(INSATS);
    try {
      return Insats.valueOf(String.valueOf(name));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Input parameter " + INSATS + " must be HEMTJANST or TRYGGHETSLARM, was "
          + name, e);
    }
  }
}
