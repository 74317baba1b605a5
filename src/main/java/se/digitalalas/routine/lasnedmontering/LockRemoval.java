package se.digitalalas.routine.lasnedmontering;

import static se.digitalalas.process.variables.Contract.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.Checkpoints;
import se.digitalalas.process.steps.CompletingStaff;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.process.steps.ProcessDefinitions;
import se.digitalalas.registry.key.KeyHolder;
import se.digitalalas.registry.key.KeyRegistry;
import se.digitalalas.registry.lock.Lock;
import se.digitalalas.registry.lock.LockRegistry;
import se.digitalalas.registry.note.NoteRegistry;
import se.digitalalas.registry.receipt.ReceiptKind;
import se.digitalalas.registry.receipt.ReceiptRegistry;

/**
 * After Task_NedmonteraLas, in the task's transaction: every checkpoint confirmed, the lock is
 * REMOVED today (kept on the record with its dates), every key set is with the brukare and the
 * nyckelkvittens is a receipt signed by the montör who completed the task. When a cohabitant's
 * removal took the household's lock down meanwhile, the keys and the receipt are still recorded.
 * Each change goes into the access log.
 */
@Component("lockRemoval")
class LockRemoval implements JavaDelegate {

  private final LockRegistry locks;
  private final KeyRegistry keys;
  private final ReceiptRegistry receipts;
  private final NoteRegistry notes;
  private final CompletingStaff completingStaff;
  private final ProcessDefinitions definitions;
  private final Clock clock;
  private final BrukareAccess access;

  LockRemoval(LockRegistry locks, KeyRegistry keys, ReceiptRegistry receipts, NoteRegistry notes, CompletingStaff completingStaff,
      ProcessDefinitions definitions, Clock clock, BrukareAccess access) {
    this.locks = locks;
    this.keys = keys;
    this.receipts = receipts;
    this.notes = notes;
    this.completingStaff = completingStaff;
    this.definitions = definitions;
    this.clock = clock;
    this.access = access;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Checkpoints.requireConfirmed(execution, "Bekräfta kontrollpunkterna innan nedmonteringen registreras",
        LAS_FRANKOPPLAT_FRAN_BRUKARE, ORDINARIE_LASVRED_ATERSTALLT, LARMNYCKLAR_ATERLAMNADE,
        NYCKELKVITTENS_SIGNERAD, ARBETET_UTFORT);
    long brukareId = BRUKARE_ID.require(execution);
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    Optional<Lock> lock = locks.lockLinkedTo(brukareId);
    lock.ifPresent(linked -> {
      locks.remove(linked.id(), today);
      access.changed(brukareId, DelegateChanges.LOCK_REMOVED, AccessChannel.DELEGATE);
    });
    if (keys.returnToBrukare(brukareId, EnumSet.of(KeyHolder.HEMTJANST, KeyHolder.LARMGRUPP, KeyHolder.NATTGRUPP)) > 0) {
      access.changed(brukareId, DelegateChanges.KEYS_RETURNED, AccessChannel.DELEGATE);
    }
    receipts.record(brukareId, ReceiptKind.NYCKELKVITTENS, completingStaff.signature(), now, null);
    access.changed(brukareId, DelegateChanges.NYCKELKVITTENS_RECORDED, AccessChannel.DELEGATE);
    notes.write(brukareId,
        lock.map(removed -> RemovalNotes.removed(removed, today)).orElseGet(() -> RemovalNotes.removedByCohabitant(today)),
        definitions.noteAuthor(execution));
    access.changed(brukareId, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
  }
}
