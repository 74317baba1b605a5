package se.digitalalas.routine.lasvredavslut;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * After Task_TaBortKoppling, in the systemförvaltare's transaction: Phoniro removed the låsvred and
 * the link is gone, so the lock is REMOVED today (it stays on the kund's record with its dates,
 * nobody linked to it any more) and a note says so. When a cohabitant's routine took the household's
 * lock down meanwhile, only the note is written. Each change goes into the access log.
 */
@Component("lasvredRemoval")
class LasvredRemoval implements JavaDelegate {

  private final LockRegistry locks;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  LasvredRemoval(LockRegistry locks, NoteRegistry notes, ProcessDefinitions definitions, Clock clock,
      BrukareAccess access) {
    this.locks = locks;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long brukareId = BRUKARE_ID.require(execution);
    LocalDate today = LocalDate.now(clock);
    Optional<Lock> lasvred = locks.lockLinkedTo(brukareId);
    lasvred.ifPresent(lock -> {
      locks.remove(lock.id(), today);
      access.changed(brukareId, DelegateChanges.LOCK_REMOVED, AccessChannel.DELEGATE);
    });
    notes.write(brukareId, lasvred.map(lock -> note(lock, today)).orElseGet(() -> alreadyRemoved(today)),
        definitions.noteAuthor(execution));
    access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }

  static String note(Lock lock, LocalDate on) {
    return "Låsvred (serienummer " + lock.serialNumber() + ") avinstallerat av Phoniro, kopplingen till kunden "
        + "borttagen " + on + ".";
  }

  static String alreadyRemoved(LocalDate on) {
    return "Hushållets låsvred var redan avinstallerat. Kopplingen till kunden borttagen " + on + ".";
  }
}
