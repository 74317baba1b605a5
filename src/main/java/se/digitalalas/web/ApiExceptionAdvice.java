package se.digitalalas.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import se.digitalalas.refusal.Refusal;

/**
 * Every failure in the service's own API becomes an {@link ApiError}: a refusal or unreadable
 * input is the caller's 4xx with a Swedish reason (a refusal logged in one line by
 * {@link RefusalLog}), anything else a 500 that says nothing of the cause (logged here, once,
 * with its stack).
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionAdvice.class)
class ApiExceptionAdvice {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

  @ExceptionHandler(Refusal.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError refused(Refusal refusal, HttpServletRequest request) {
    RefusalLog.refused(refusal, request.getMethod(), request.getRequestURI());
    return ApiError.refusal(refusal.getMessage());
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError unreadable(HttpMessageNotReadableException exception) {
    return ApiError.invalidRequest(UnreadableBody.reason(exception));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  @ResponseStatus(HttpStatus.BAD_REQUEST)
  ApiError mismatched(MethodArgumentTypeMismatchException exception) {
    return ApiError.invalidRequest("id".equals(exception.getName())
        ? "Ogiltigt id"
        : "Ogiltigt värde för " + exception.getName());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> failed(Exception exception) {
    if (exception instanceof ErrorResponse known && !known.getStatusCode().is5xxServerError()) {
      int status = known.getStatusCode().value();
      return ResponseEntity.status(status).headers(known.getHeaders()).body(StatusErrors.of(status));
    }
    log.error("Unexpected failure in the /api request", exception);
    return ResponseEntity.internalServerError().body(ApiError.internalError());
  }
}
