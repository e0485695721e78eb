package org.cofile.web.shared;

import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.cofile.domain.shared.Bounds;

/** A decimal of at most 15 whole and 6 decimal digits: what {@code cf:decimal} inputs take. */
@FacesConverter("cofile.decimal")
public class DecimalConverter extends BoundedConverter<BigDecimal> {

    public DecimalConverter() {
        super(Bounds::parseDecimal, "converter.decimal");
    }

    @Override
    String format(BigDecimal value) {
        return value.toPlainString();
    }
}
