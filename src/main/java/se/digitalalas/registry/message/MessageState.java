package se.digitalalas.registry.message;

public enum MessageState {
  NOT_SENT,
  SENT,
  FAILED
}
