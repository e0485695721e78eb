package org.cofile.domain.rules.eu;

import org.cofile.domain.shared.Checks;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/**
 * One member state's threshold for putting items on the agenda and tabling draft resolutions, with its source.
 *
 * @param memberState ISO 3166 code, e.g. {@code DE}
 * @param capitalPercent share of the share capital needed; never above {@link #DIRECTIVE_CAP}
 * @param nominalAmount an alternative threshold in nominal share capital, or {@code null}
 * @param aggregationAllowed whether shareholders may combine their holdings
 * @param source the provision the numbers come from
 * @param note what is simplified or left out, or an empty string
 */
public record MemberStateThreshold(
        String memberState,
        Percentage capitalPercent,
        Money nominalAmount,
        boolean aggregationAllowed,
        String source,
        String note) {

    /** Directive 2007/36/EC Art. 6(2): the threshold may not exceed 5% of the share capital. */
    public static final Percentage DIRECTIVE_CAP = Percentage.of("5");

    public MemberStateThreshold {
        Checks.notBlank(memberState, "memberState");
        Checks.notNull(capitalPercent, "capitalPercent");
        if (capitalPercent.compareTo(DIRECTIVE_CAP) > 0) {
            throw new InvalidInputException(
                    "capitalPercent",
                    "must not exceed " + DIRECTIVE_CAP + " of the share capital (Directive 2007/36/EC Art. 6(2)); "
                            + memberState + " was " + capitalPercent);
        }
        Checks.notBlank(source, "source");
        Checks.notNull(note, "note");
    }
}
