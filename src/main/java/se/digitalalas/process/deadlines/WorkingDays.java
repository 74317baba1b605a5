package se.digitalalas.process.deadlines;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/** Arbetsdagar in a Swedish municipality: not weekends, public holidays or the three aftnar. */
@Component
public class WorkingDays {

  /**
   * Jollyday reads its calendar with JAXB, about 550 classes and a second of start-up: at the
   * first date asked instead, which is a routine's first deadline.
   */
  private final SingletonSupplier<HolidayManager> holidays =
      SingletonSupplier.of(() -> HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.SWEDEN)));

  public boolean isWorkingDay(LocalDate date) {
    return !isWeekend(date) && !holidays.obtain().isHoliday(date) && !isDeFactoHoliday(date);
  }

  /** The date that many working days later (earlier when negative); 0 gives the date itself. */
  public LocalDate plusWorkingDays(LocalDate date, int workingDays) {
    int step = workingDays < 0 ? -1 : 1;
    LocalDate day = date;
    for (int counted = 0; counted < Math.abs(workingDays); ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * Midsommarafton, julafton and nyårsafton are not public holidays by law, yet municipalities
   * treat them as such. Jollyday's Swedish calendar lists them today; this keeps them
   * non-working should a later version follow the law instead.
   */
  private static boolean isDeFactoHoliday(LocalDate date) {
    boolean julafton = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24;
    boolean nyarsafton = date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 31;
    boolean midsommarafton = date.getMonth() == Month.JUNE
        && date.getDayOfWeek() == DayOfWeek.FRIDAY
        && date.getDayOfMonth() >= 19 && date.getDayOfMonth() <= 25;
    return julafton || nyarsafton || midsommarafton;
  }
}
