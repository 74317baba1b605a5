package se.digitalalas.lock;

import java.time.LocalDate;

public record InstalledLock(String serialNumber, Vendor vendor, String keyNumber, LocalDate installedOn) {
}
