package se.digitalalas.web.gate;

import java.util.OptionalInt;

/**
 * One answer a Camunda Form asks for: its key (the variable), its form-js type, the label the
 * user sees, and the longest text it takes when the form says so ({@code validate.maxLength}).
 */
record FormField(String key, String type, String label, OptionalInt maxLength) {
}
