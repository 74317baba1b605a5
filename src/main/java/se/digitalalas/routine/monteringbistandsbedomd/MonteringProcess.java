package se.digitalalas.routine.monteringbistandsbedomd;

final class MonteringProcess {

  static final String KEY = "montering-bistandsbedomd";
  static final String NAME = "Montering av digitalt lås – biståndsbedömda insatser";
  /** Author of what the process writes in the registry. */
  static final String AUTHOR = "Processen " + NAME;

  private MonteringProcess() {
  }
}
