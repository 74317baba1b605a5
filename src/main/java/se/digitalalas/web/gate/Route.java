package se.digitalalas.web.gate;

/** What the gate does with one staff request to the engine. */
sealed interface Route {

  /** Left to the engine's authorization. */
  record Open() implements Route {
  }

  /** Completing a task: only the answers its form asks for. */
  record TaskAnswers(String taskId) implements Route {
  }

  /** Starting a process: only its start form's answers, at its start event, every check run. */
  record Start(String definitionId, String definitionKey, String tenantId) implements Route {
  }

  /** A vendor's confirmation: only its own messages, to a case waiting for them. */
  record VendorMessage() implements Route {
  }

  /** Tests a user's password (identity/verify): administrators only, staff would test others'. */
  record PasswordCheck() implements Route {
  }

  /** Writes variables or moves tokens outside a form: administrators only. */
  record AdminOnly() implements Route {
  }
}
