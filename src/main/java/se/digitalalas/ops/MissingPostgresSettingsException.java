package se.digitalalas.ops;

import java.util.List;

class MissingPostgresSettingsException extends IllegalStateException {

  private final List<String> missing;

  MissingPostgresSettingsException(List<String> missing) {
    super("Profilen postgres saknar miljövariablerna " + String.join(", ", missing));
    this.missing = List.copyOf(missing);
  }

  List<String> missing() {
    return missing;
  }
}
