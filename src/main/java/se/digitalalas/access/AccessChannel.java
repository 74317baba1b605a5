package se.digitalalas.access;

/** Where a brukare's record was read or changed: the access log's channel column. */
public enum AccessChannel {
  /** The registry API, /api/brukare. */
  API,
  /** The Brukare tab in Tasklist. */
  TASKLIST,
  /** A task form (its variables and answers). */
  TASK_FORM,
  /** A delegate of a routine writing to the registry. */
  DELEGATE
}
