package org.cofile.web.shared;

import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import org.cofile.domain.shared.Bounds;

/** A real calendar date, YYYY-MM-DD, from 1900 to 2200: what {@code cf:date} inputs take. */
@FacesConverter("cofile.date")
public class DateConverter extends BoundedConverter<LocalDate> {

    public DateConverter() {
        super(Bounds::parseDate, "converter.date");
    }

    @Override
    String format(LocalDate value) {
        return value.toString();
    }
}
