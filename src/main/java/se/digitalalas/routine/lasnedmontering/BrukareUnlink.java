package se.digitalalas.routine.lasnedmontering;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.process.variables.ProcessDataMissing;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * A shared lock stays for the cohabitant who keeps insatser: only the leaving brukare is unlinked
 * from it, and the sets issued for the leaving brukare go back to them.
 */
@Component("brukareUnlink")
class BrukareUnlink implements JavaDelegate {

  private final LockRegistry locks;
  private final KeyRegistry keys;
  private final NoteRegistry notes;
  private final ProcessDefinitions definitions;
  private final Clock clock;

  BrukareUnlink(LockRegistry locks, KeyRegistry keys, NoteRegistry notes, ProcessDefinitions definitions,
      Clock clock) {
    this.locks = locks;
    this.keys = keys;
    this.notes = notes;
    this.definitions = definitions;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long leaving = BRUKARE_ID.require(execution);
    Lock lock = locks.lockLinkedTo(leaving).orElseThrow(() -> new ProcessDataMissing(LASET_DELAS.name()));
    locks.unlink(lock.id(), leaving);
    keys.returnToBrukare(leaving, EnumSet.of(KeyHolder.HEMTJANST, KeyHolder.LARMGRUPP, KeyHolder.NATTGRUPP));
    notes.write(leaving, RemovalNotes.unlinked(lock, LocalDate.now(clock)), definitions.noteAuthor(execution));
  }
}
