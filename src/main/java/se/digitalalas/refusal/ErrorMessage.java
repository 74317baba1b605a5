package se.digitalalas.refusal;

/** The JSON body of a refused request: {"message": "..."} in Swedish. */
public record ErrorMessage(String message) {
}
