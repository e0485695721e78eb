package org.cofile.it;

/** The demo accounts the tests sign in with; the test server always loads the demo data (COFILE_DEMO_DATA=true). */
public final class Demo {

    public static final String PASSWORD = "cofile-demo-2026";

    public static final String COALITION_ADMIN = "admin@cofile.test";
    public static final String SISTERS_ORG_ADMIN = "orgadmin@sisters.test";
    public static final String SISTERS_FILER = "filer@sisters.test";
    /** Used only by the sign-in throttle test: its wrong passwords slow its sign-in down for a while. */
    public static final String SISTERS_MEMBER_THROTTLED_BY_TEST = "member@sisters.test";

    public static final String HARRINGTON_FILER = "filer@harrington.test";
    public static final String ACLU_ORG_ADMIN = "orgadmin@aclu.test";
    public static final String ACLU_MEMBER = "member@aclu.test";
    public static final String ASSETS_ORG_ADMIN = "orgadmin@assets.test";

    /** Org admin of the pension fund and admin of the second coalition, which the first coalition's members cannot see. */
    public static final String OTHER_COALITION_ADMIN = "orgadmin@othercoalition.test";

    public static final String SISTERS = "Sisters of St. Joseph of Brentwood";
    public static final String PENSION_FUND = "Demo Pension Fund (example)";
    public static final String ACLU = "ACLU of Northern California";
    public static final String HARRINGTON = "Harrington Investments";

    private Demo() {}
}
