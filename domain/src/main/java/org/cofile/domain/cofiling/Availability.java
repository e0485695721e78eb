package org.cofile.domain.cofiling;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.cofile.domain.shared.InvalidInputException;

/** A business day and hours when a proponent can meet the company (14a-8(b)(1)(iii)); a value, immutable. */
public final class Availability implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LocalDate date;
    private final LocalTime from;
    private final LocalTime to;

    /** {@code field} names the offer in error messages, e.g. {@code availability[0]}. */
    public Availability(LocalDate date, LocalTime from, LocalTime to, String field) {
        if (date == null) {
            throw new InvalidInputException(field + ".date", "Give the day.");
        }
        if (from == null || to == null) {
            throw new InvalidInputException(field + ".from", "Give the hours, from and to.");
        }
        if (!from.isBefore(to)) {
            throw new InvalidInputException(field + ".to", "The hours must end after they start.");
        }
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new InvalidInputException(
                    field + ".date", date + " is a " + date.getDayOfWeek() + "; the rule asks for business days.");
        }
        this.date = date;
        this.from = from;
        this.to = to;
    }

    /** The days as stored: one {@code 2026-12-04 10:00-12:00} per line, {@code null} for none. */
    static String join(List<Availability> days) {
        return days.isEmpty() ? null : days.stream().map(Availability::toString).collect(Collectors.joining("\n"));
    }

    static List<Availability> split(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return Arrays.stream(stored.split("\n"))
                .map(line -> {
                    var parts = line.split("[ -]");
                    // An ISO date has dashes of its own: yyyy, MM, dd, then from and to.
                    var date = LocalDate.of(
                            Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                    return new Availability(date, LocalTime.parse(parts[3]), LocalTime.parse(parts[4]), "availability");
                })
                .toList();
    }

    @Override
    public String toString() {
        return date + " " + from + "-" + to;
    }

    public LocalDate getDate() {
        return date;
    }

    public LocalTime getFrom() {
        return from;
    }

    public LocalTime getTo() {
        return to;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Availability other
                && date.equals(other.date)
                && from.equals(other.from)
                && to.equals(other.to);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, from, to);
    }
}
