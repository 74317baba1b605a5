package se.digitalalas.registry.lock;

import static se.digitalalas.registry.TextLimits.*;

import java.time.LocalDate;

public record InstalledLock(String serialNumber, Vendor vendor, String keyNumber, LocalDate installedOn) {

  public InstalledLock {
    require(serialNumber, SERIAL_NUMBER, "serienummer");
    require(keyNumber, KEY_NUMBER, "nyckelnummer");
  }
}
