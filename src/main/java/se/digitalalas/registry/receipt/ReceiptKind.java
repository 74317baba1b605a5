package se.digitalalas.registry.receipt;

public enum ReceiptKind {
  NYCKELKVITTENS,
  LASKVITTENS
}
