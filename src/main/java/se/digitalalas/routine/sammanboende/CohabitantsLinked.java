package se.digitalalas.routine.sammanboende;

import static se.digitalalas.process.variables.Contract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.refusal.Refusal;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.lock.LockStatus;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * After välfärdsteknikteamet's answer (Task_KopplaSammanboende, checkpoints checked): both
 * cohabitants are linked to the household's one installed lock unit, which the record's inventory
 * then shows serving both, and each gets a note documenting it (LKP: "dokumentera på respektive
 * brukare"), written by the routine. Each link and note goes into the access log. A household
 * without an installed unit, or a cohabitant linked to another unit meanwhile, is refused and the
 * task stays open.
 */
@Component("cohabitantsLinked")
class CohabitantsLinked implements JavaDelegate {

  private final BrukareRegistry brukare;
  private final LockRegistry locks;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final BrukareAccess access;

  CohabitantsLinked(BrukareRegistry brukare, LockRegistry locks, NoteRegistry notes, ProcessDefinitions definitions,
      BrukareAccess access) {
    this.brukare = brukare;
    this.locks = locks;
    this.notes = notes;
    this.definitions = definitions;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Brukare first = brukare.require(BRUKARE_ID.require(execution));
    Brukare second = brukare.require(SAMMANBOENDE_BRUKARE_ID.require(execution));
    Lock lock = locks.activeLockOfHousehold(first.householdId())
        .filter(active -> active.status() == LockStatus.INSTALLED)
        .orElseThrow(() -> new Refusal("Hushållet har inget installerat digitalt lås: sammankopplingen kan inte "
            + "registreras förrän låsenheten är installerad"));
    linked(lock, first);
    linked(lock, second);
    String author = definitions.noteAuthor(execution);
    String caseReference = execution.getProcessBusinessKey();
    documented(first, note(lock, second, caseReference), author);
    documented(second, note(lock, first, caseReference), author);
  }

  static String note(Lock lock, Brukare other, String caseReference) {
    return "Sammanboende: knuten till hushållets digitala låsenhet (serienummer " + lock.serialNumber()
        + ") tillsammans med " + other.name() + ". Välfärdsteknikteamet har kopplat i TES, uppdaterat "
        + "inventarielistan och besvarat ärende " + caseReference + " i Lindesk.";
  }

  private void linked(Lock lock, Brukare cohabitant) {
    locks.lockLinkedTo(cohabitant.id()).filter(other -> other.id() != lock.id()).ifPresent(other -> {
      throw linkedElsewhere(cohabitant);
    });
    try {
      if (locks.link(lock.id(), cohabitant.id())) {
        access.changed(cohabitant.id(), DelegateChanges.LOCK_LINKED, AccessChannel.DELEGATE);
      }
    } catch (DuplicateKeyException linkedConcurrently) {
      throw linkedElsewhere(cohabitant);
    }
  }

  private void documented(Brukare cohabitant, String text, String author) {
    if (notes.writeOnce(cohabitant.id(), text, author)) {
      access.changed(cohabitant.id(), DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
    }
  }

  private static Refusal linkedElsewhere(Brukare cohabitant) {
    return new Refusal(cohabitant.name() + " är kopplad till en annan digital låsenhet");
  }
}
