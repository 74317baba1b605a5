package se.digitalalas.lock;

/** Beställt, installerat, nedmonterat. */
public enum LockStatus {
  ORDERED,
  INSTALLED,
  REMOVED
}
