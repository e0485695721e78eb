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

/** Text that {@link Cik#parse} accepts; blank means "no CIK", which is allowed. */
@Documented
@Constraint(validatedBy = ValidCik.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCik {

    String message() default "{org.cofile.company.cik.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Delegates to the value object, so the format is written down once. */
    class Validator implements ConstraintValidator<ValidCik, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || value.isBlank()) {
                return true;
            }
            try {
                Cik.parse(value);
                return true;
            } catch (InvalidInputException e) {
                return false;
            }
        }
    }
}
