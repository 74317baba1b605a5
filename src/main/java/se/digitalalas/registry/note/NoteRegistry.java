package se.digitalalas.registry.note;

import static se.digitalalas.registry.TextLimits.*;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

@Component
public class NoteRegistry {

  private final JdbcClient jdbc;
  private final Clock clock;

  public NoteRegistry(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public void write(long brukareId, String text, String author) {
    require(text, NOTE, "anteckning");
    require(author, NAME, "anteckningens författare");
    jdbc.sql("""
            insert into note (brukare_id, note_text, author, created_at)
            values (:brukareId, :text, :author, :now)""")
        .param("brukareId", brukareId)
        .param("text", text)
        .param("author", author)
        .param("now", LocalDateTime.now(clock))
        .update();
  }

  /**
   * Writes the note unless the brukare already has one with this text; true when written. The
   * brukare's row is locked first, so two transactions writing the same note at once write it once.
   */
  public boolean writeOnce(long brukareId, String text, String author) {
    jdbc.sql("select id from brukare where id = :brukareId for update")
        .param("brukareId", brukareId)
        .query(Long.class)
        .optional();
    boolean present = jdbc.sql(
            "select count(*) from note where brukare_id = :brukareId and note_text = :text")
        .param("brukareId", brukareId)
        .param("text", text)
        .query(Long.class)
        .single() > 0;
    if (present) {
      return false;
    }
    write(brukareId, text, author);
    return true;
  }

  public List<Note> forBrukare(long brukareId) {
    return jdbc.sql("""
            select id, brukare_id, note_text as text, author, created_at
            from note where brukare_id = :brukareId order by created_at, id""")
        .param("brukareId", brukareId)
        .query(Note.class)
        .list();
  }
}
