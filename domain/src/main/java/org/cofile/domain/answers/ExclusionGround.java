package org.cofile.domain.answers;

/** The grounds of a no-action request: the thirteen of 14a-8(i), or a procedural one under 14a-8(b)-(f). */
public enum ExclusionGround {
    I_1("14a-8(i)(1) improper under state law"),
    I_2("14a-8(i)(2) violation of law"),
    I_3("14a-8(i)(3) violation of the proxy rules"),
    I_4("14a-8(i)(4) personal grievance or special interest"),
    I_5("14a-8(i)(5) relevance"),
    I_6("14a-8(i)(6) absence of power or authority"),
    I_7("14a-8(i)(7) management functions"),
    I_8("14a-8(i)(8) director elections"),
    I_9("14a-8(i)(9) conflicts with a company proposal"),
    I_10("14a-8(i)(10) substantially implemented"),
    I_11("14a-8(i)(11) duplication"),
    I_12("14a-8(i)(12) resubmission"),
    I_13("14a-8(i)(13) specific amount of dividends"),
    PROCEDURAL("14a-8(b)-(f) eligibility or procedure");

    private final String label;

    ExclusionGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
