package org.cofile.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Shows every {@link Instant} on a page as minutes in UTC: the coalition spans time zones, and filing deadlines are
 * read against one clock. Output only; no page takes an instant as input.
 */
@FacesConverter(forClass = Instant.class)
public class InstantConverter implements Converter<Instant> {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : Instant.parse(value.strip());
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
