package se.digitalalas.receipt;

public enum ReceiptKind {
  NYCKELKVITTENS,
  LASKVITTENS
}
