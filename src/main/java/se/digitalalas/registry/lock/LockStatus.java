package se.digitalalas.registry.lock;

/** Beställt, installerat, nedmonterat. */
public enum LockStatus {
  ORDERED,
  INSTALLED,
  REMOVED
}
