package org.cofile.domain.company;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Ticker} as its text. */
@Converter(autoApply = true)
public class TickerConverter implements AttributeConverter<Ticker, String> {

    @Override
    public String convertToDatabaseColumn(Ticker ticker) {
        return ticker == null ? null : ticker.value();
    }

    @Override
    public Ticker convertToEntityAttribute(String value) {
        return value == null ? null : new Ticker(value);
    }
}
