package se.digitalalas.message;

public enum MessageState {
  NOT_SENT,
  SENT,
  FAILED
}
