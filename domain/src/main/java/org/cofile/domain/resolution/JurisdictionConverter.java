package org.cofile.domain.resolution;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.cofile.domain.rules.Jurisdiction;

/** Stores a jurisdiction as its code ({@code US}, {@code EU-DE}). */
@Converter
public class JurisdictionConverter implements AttributeConverter<Jurisdiction, String> {

    @Override
    public String convertToDatabaseColumn(Jurisdiction jurisdiction) {
        return jurisdiction == null ? null : jurisdiction.code();
    }

    @Override
    public Jurisdiction convertToEntityAttribute(String code) {
        return code == null ? null : new Jurisdiction(code);
    }
}
