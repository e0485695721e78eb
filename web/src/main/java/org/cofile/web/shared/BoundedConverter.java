package org.cofile.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import java.util.function.BiFunction;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;

/**
 * What the portal's date and number converters share: text is read by {@link Bounds}, as the API reads it, and a
 * refusal becomes a message beside the input, in the member's language, before any backing bean sees the value.
 */
abstract class BoundedConverter<T> implements Converter<T> {

    private final BiFunction<String, String, T> parse;
    private final String messageKey;

    BoundedConverter(BiFunction<String, String, T> parse, String messageKey) {
        this.parse = parse;
        this.messageKey = messageKey;
    }

    @Override
    public T getAsObject(FacesContext context, UIComponent component, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text, component.getId());
        } catch (InvalidInputException e) {
            throw new ConverterException(new FacesMessage(
                    FacesMessage.SEVERITY_ERROR,
                    // Looked up, not injected: JSF creates converters itself, outside CDI's reach.
                    CDI.current().select(Messages.class).get().text(messageKey, Bounds.excerpt(text.strip())),
                    null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, T value) {
        return value == null ? "" : format(value);
    }

    abstract String format(T value);
}
