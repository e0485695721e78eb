package org.cofile.domain.company;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Cik} as its ten digits. */
@Converter(autoApply = true)
public class CikConverter implements AttributeConverter<Cik, String> {

    @Override
    public String convertToDatabaseColumn(Cik cik) {
        return cik == null ? null : cik.value();
    }

    @Override
    public Cik convertToEntityAttribute(String value) {
        return value == null ? null : new Cik(value);
    }
}
