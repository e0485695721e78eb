package org.cofile.domain.rules.eu;

import java.util.List;
import org.cofile.domain.shared.Money;
import org.cofile.domain.shared.Percentage;

/** The member states whose thresholds the engine holds; adding a country is one row here. */
public final class MemberStateThresholds {

    private MemberStateThresholds() {}

    /** AktG §122(2) sentence 1: shares together reaching one twentieth of the share capital ... */
    public static final Percentage GERMANY_PERCENT = Percentage.of("5");

    /** ... or the proportionate amount of €500,000. */
    public static final Money GERMANY_NOMINAL = Money.eur("500000");

    /** Code de commerce R.225-71: 5% of the share capital (the first band of the sliding scale only). */
    public static final Percentage FRANCE_PERCENT = Percentage.of("5");

    /** Burgerlijk Wetboek art. 2:114a(1): at least 3% of the issued capital. */
    public static final Percentage NETHERLANDS_PERCENT = Percentage.of("3");

    /** D.Lgs. 58/1998 (TUF) art. 126-bis(1): one fortieth of the share capital. */
    public static final Percentage ITALY_PERCENT = Percentage.of("2.5");

    public static List<MemberStateThreshold> all() {
        return List.of(
                new MemberStateThreshold(
                        "DE",
                        GERMANY_PERCENT,
                        GERMANY_NOMINAL,
                        true,
                        "Aktiengesetz §122(2) sentence 1",
                        "The 90-day holding period of §122(2) with §122(1) sentence 3 is not encoded."),
                new MemberStateThreshold(
                        "FR",
                        FRANCE_PERCENT,
                        null,
                        true,
                        "Code de commerce L.225-105, R.225-71",
                        "Simplified: 5% is the first band; for capital above €750,000 R.225-71 sets a lower sliding"
                                + " percentage, not encoded."),
                new MemberStateThreshold(
                        "NL",
                        NETHERLANDS_PERCENT,
                        null,
                        true,
                        "Burgerlijk Wetboek Book 2 art. 114a(1)",
                        "The articles of association may set a lower threshold."),
                new MemberStateThreshold(
                        "IT",
                        ITALY_PERCENT,
                        null,
                        true,
                        "D.Lgs. 58/1998 (TUF) art. 126-bis(1)",
                        "Listed companies only."));
    }
}
