package se.digitalalas.refusal;

/**
 * Bad input refused with a reason the user can read (Swedish). Thrown from listeners and
 * delegates it rolls back the whole command, so nothing half-done is left behind; the REST
 * layers turn it into 400 with the reason as message.
 */
public class Refusal extends RuntimeException {

  public Refusal(String reason) {
    super(reason);
  }
}
