package org.cofile.web.shared;

import jakarta.faces.convert.FacesConverter;
import org.cofile.domain.shared.Bounds;

/** A whole number, not negative, of at most 15 digits: what {@code cf:count} inputs take. */
@FacesConverter("cofile.count")
public class CountConverter extends BoundedConverter<Long> {

    public CountConverter() {
        super(Bounds::parseCount, "converter.count");
    }

    @Override
    String format(Long value) {
        return value.toString();
    }
}
