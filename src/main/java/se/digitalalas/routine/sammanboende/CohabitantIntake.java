package se.digitalalas.routine.sammanboende;

import java.util.Optional;
import org.springframework.stereotype.Component;
import se.digitalalas.access.AccessChannel;
import se.digitalalas.access.BrukareAccess;
import se.digitalalas.process.steps.DelegateChanges;
import se.digitalalas.registry.brukare.Brukare;
import se.digitalalas.registry.brukare.BrukareRegistrar;
import se.digitalalas.registry.brukare.BrukareRegistration;
import se.digitalalas.registry.brukare.BrukareRegistry;
import se.digitalalas.registry.brukare.Personnummer;
import se.digitalalas.registry.brukare.Registered;
import se.digitalalas.registry.household.Address;
import se.digitalalas.registry.note.NoteRegistry;

/**
 * Puts one cohabitant of the order in the registry, as brukareIntake does for a routine's brukare,
 * but without a decision: the order brings no insatser, so a registered brukare keeps the insatser
 * and beslutsdatum the registry has, and a new one starts with none (the verkställd insats comes
 * through Task_OrdnaVerkstalldInsats). Registered details stay as registered; where the order said
 * otherwise a note asks a person to confirm. Each change goes into the access log.
 */
@Component
class CohabitantIntake {

  private final BrukareRegistrar registrar;
  private final BrukareRegistry brukare;
  private final NoteRegistry notes;
  private final BrukareAccess access;

  CohabitantIntake(BrukareRegistrar registrar, BrukareRegistry brukare, NoteRegistry notes, BrukareAccess access) {
    this.registrar = registrar;
    this.brukare = brukare;
    this.notes = notes;
    this.access = access;
  }

  Registered register(Personnummer personnummer, String namn, String telefon, Address address, String portkod,
      String noteAuthor) {
    Optional<Brukare> known = brukare.findByPersonnummer(personnummer);
    Registered registered = registrar.registerOrder(new BrukareRegistration(personnummer, namn, telefon, address,
        portkod, null, null,
        known.map(Brukare::insatsHemtjanst).orElse(false),
        known.map(Brukare::insatsTrygghetslarm).orElse(false),
        null));
    long id = registered.brukare().id();
    switch (registered.change()) {
      case NEW -> access.changed(id, DelegateChanges.BRUKARE_REGISTERED, AccessChannel.DELEGATE);
      case UPDATED -> access.changed(id, DelegateChanges.BRUKARE_UPDATED, AccessChannel.DELEGATE);
      case UNCHANGED -> {
      }
    }
    Optional<String> differences = registered.differenceNote();
    if (differences.isPresent() && notes.writeOnce(id, differences.get(), noteAuthor)) {
      access.changed(id, DelegateChanges.NOTE_WRITTEN, AccessChannel.DELEGATE);
    }
    return registered;
  }
}
