package se.digitalalas.process.steps;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * A shared lock stays for the cohabitant who keeps insatser: only the leaving brukare is unlinked
 * from it. The keys stay as registered: hemtjänst's sets went back when the verkställighet was
 * closed, and nobody visits the door to return the others, so nothing claims they were. The unlink
 * and the note go into the access log. Shared by las-nedmontering and lasvred-avslut.
 */
@Component("brukareUnlink")
class BrukareUnlink implements JavaDelegate {

  private final LockRegistry locks;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  BrukareUnlink(LockRegistry locks, NoteRegistry notes, ProcessDefinitions definitions,
      Clock clock, BrukareAccess access) {
    this.locks = locks;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leaving = BRUKARE_ID.require(execution);
    Lock lock = locks.lockLinkedTo(leaving).orElseThrow(() -> new ProcessDataMissing(LASET_DELAS.name()));
    locks.unlink(lock.id(), leaving);
    access.changed(leaving, DelegateChanges.LOCK_UNLINKED, AccessChannel.DELEGATE);
    notes.write(leaving, note(lock, LocalDate.now(clock)), definitions.noteAuthor(execution));
    access.changed(leaving, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }

  static String note(Lock lock, LocalDate on) {
    return "Frånkopplad från hushållets digitala lås (serienummer " + lock.serialNumber() + ") " + on
        + ". Låset sitter kvar för sammanboende med insatser.";
  }
}
