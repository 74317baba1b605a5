package se.digitalalas.registry.message;

import java.util.Arrays;
import java.util.Objects;

/**
 * A document sent with a message as an attachment (the Tunstall order's PDF). It is stored with
 * the message and read only by who sends it and who may download it; it never travels in JSON.
 */
public record MessageDocument(String fileName, String contentType, byte[] content) {

  public static final String PDF = "application/pdf";

  public MessageDocument {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(content, "content");
    if (fileName.isBlank() || content.length == 0) {
      throw new IllegalArgumentException("A document needs a file name and content");
    }
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageDocument document && fileName.equals(document.fileName)
        && contentType.equals(document.contentType) && Arrays.equals(content, document.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fileName, contentType, Arrays.hashCode(content));
  }

  @Override
  public String toString() {
    return "MessageDocument[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
  }
}
