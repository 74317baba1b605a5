package se.digitalalas.bench.startup;

/** On what a target starts. */
enum StartupKind {
  FIRST_START("first start (empty database)"),
  RESTART("restart (its schema and data there)");

  private final String description;

  StartupKind(String description) {
    this.description = description;
  }

  String description() {
    return description;
  }
}
