package se.digitalalas.web;

/** The JSON body of a refused request: {"message": "..."} in Swedish. */
public record ErrorMessage(String message) {
}
