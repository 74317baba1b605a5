package se.digitalalas.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The Swedish reason for a request body that could not be read, naming the field when Jackson
 * knows it. Never the exception's own text: it quotes the input and the service's classes.
 */
final class UnreadableBody {

  private UnreadableBody() {
  }

  static String reason(HttpMessageNotReadableException exception) {
    Throwable cause = exception.getCause();
    if (cause instanceof JsonParseException) {
      return "Ogiltig begäran: innehållet är inte giltig JSON";
    }
    if (cause instanceof JsonMappingException mapping) {
      String field = field(mapping);
      return field.isEmpty()
          ? "Ogiltig begäran: innehållet ska vara ett JSON-objekt"
          : "Ogiltig begäran: fältet '" + field + "' har fel typ eller format";
    }
    return "Ogiltig begäran: innehåll saknas eller kan inte läsas";
  }

  private static String field(JsonMappingException mapping) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : mapping.getPath()) {
      if (reference.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
