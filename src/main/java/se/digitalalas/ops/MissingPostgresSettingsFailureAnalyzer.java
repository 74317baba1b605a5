package se.digitalalas.ops;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class MissingPostgresSettingsFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingPostgresSettingsException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingPostgresSettingsException cause) {
    return new FailureAnalysis(
        "Tjänsten startar inte: profilen postgres saknar " + String.join(", ", cause.missing()) + ".",
        "Sätt miljövariablerna " + String.join(", ", PostgresSettingsCheck.REQUIRED)
            + " (databasens JDBC-URL, användare och lösenord samt den första administratören)"
            + " och starta igen.",
        cause);
  }
}
