package se.digitalalas.registry.lock;

import java.time.LocalDate;

public record InstalledLock(String serialNumber, Vendor vendor, String keyNumber, LocalDate installedOn) {
}
