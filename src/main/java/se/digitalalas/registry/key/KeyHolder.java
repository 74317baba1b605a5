package se.digitalalas.registry.key;

/** Who holds a physical key; BRUKARE = returned to the brukare. */
public enum KeyHolder {
  HEMTJANST,
  LARMGRUPP,
  NATTGRUPP,
  BRUKARE
}
