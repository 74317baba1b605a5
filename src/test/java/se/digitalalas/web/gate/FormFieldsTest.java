package se.digitalalas.web.gate;

import static org.assertj.core.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.digitalalas.process.variables.Contract;

class FormFieldsTest {

  @Test
  void theInstallationFormAsksForItsFiveAnswersAndNothingItOnlyShows() throws IOException {
    FormFields form = read(Path.of("forms/las-installation/las-installation-installera-las.form"));

    assertThat(Stream.of("serienummer", "leverantor", "lasKopplatTillBrukare", "lasvredMarktMedNyckelnummer",
        "arbetetUtfort")).allMatch(form::asksFor);
    assertThat(Stream.of("namn", "personnummer", "bokadTid", "brukareId")).noneMatch(form::asksFor);
  }

  @Test
  void theStartFormsLengthLimitsAreKept() throws IOException {
    FormFields form = read(Path.of("forms/montering-bistandsbedomd/montering-bistandsbedomd-start.form"));

    assertThat(form.field("personnummer").orElseThrow().maxLength()).hasValue(13);
    assertThat(form.field("namn").orElseThrow().maxLength()).isEmpty();
    assertThat(form.field("beslutsdatum").orElseThrow().type()).isEqualTo("datetime");
  }

  @Test
  void noFormAsksForWhatTheServiceSets() throws IOException {
    List<Path> forms;
    try (Stream<Path> files = Files.walk(Path.of("forms"))) {
      forms = files.filter(file -> file.toString().endsWith(".form")).toList();
    }
    assertThat(forms).isNotEmpty();
    for (Path file : forms) {
      FormFields form = read(file);
      assertThat(Contract.SET_BY_THE_SERVICE).as(file.toString())
          .noneMatch(variable -> form.asksFor(variable.name()));
    }
  }

  @Test
  void somethingThatIsNotACamundaFormAsksForNothing() {
    InputStream html = new ByteArrayInputStream("<form></form>".getBytes(StandardCharsets.UTF_8));

    assertThat(FormFields.read(html).asksFor("namn")).isFalse();
  }

  private static FormFields read(Path file) throws IOException {
    return FormFields.read(Files.newInputStream(file));
  }
}
