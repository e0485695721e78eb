package org.cofile.domain.company;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.cofile.domain.shared.InvalidInputException;

/** Text that {@link Ticker#parse} accepts; blank is left to {@code @NotBlank}. */
@Documented
@Constraint(validatedBy = ValidTicker.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidTicker {

    String message() default "{org.cofile.company.ticker.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to the value object, so the format is written down once. */
    class Validator implements ConstraintValidator<ValidTicker, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                Ticker.parse(value);
                return true;
            } catch (InvalidInputException e) {
                return false;
            }
        }
    }
}
