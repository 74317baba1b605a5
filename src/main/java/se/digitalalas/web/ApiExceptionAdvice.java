package se.digitalalas.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import se.digitalalas.refusal.Refusal;

/** Refused input in the service's own API is a 400 with the Swedish reason. */
@RestControllerAdvice(basePackageClasses = ApiExceptionAdvice.class)
class ApiExceptionAdvice {

  @ExceptionHandler(Refusal.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError refused(Refusal refusal) {
    return ApiError.refusal(refusal.getMessage());
  }
}
