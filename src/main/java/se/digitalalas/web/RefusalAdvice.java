package se.digitalalas.web;

import se.digitalalas.refusal.Refusal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Refused input in the service's own API is a 400 with the Swedish reason. */
@RestControllerAdvice
class RefusalAdvice {

  @ExceptionHandler(Refusal.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ErrorMessage refused(Refusal refusal) {
    return new ErrorMessage(refusal.getMessage());
  }
}
