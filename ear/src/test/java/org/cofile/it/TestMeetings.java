package org.cofile.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A company and an annual meeting of a test's own, dated from today: approving a resolution claims its meeting for
 * the lead filer (one proposal per proponent per meeting), so a test that approves one must not share the demo
 * meetings with another.
 */
final class TestMeetings {

    private static final SecureRandom RANDOM = new SecureRandom();

    record Meeting(long companyId, String companyName, long meetingId, LocalDate meetingDate) {}

    private TestMeetings() {}

    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Five random letters: a ticker no other test's company has, as near as makes no difference. */
    static String ticker() {
        return RANDOM.ints(5, 'A', 'Z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    /** A new company with a meeting in six months whose announced proposal deadline is {@code deadline}. */
    static Meeting create(ApiClient filer, LocalDate deadline) throws Exception {
        var ticker = ticker();
        var name = "Test company " + ticker;
        var company = filer.post(
                "api/companies",
                Json.createObjectBuilder()
                        .add("name", name)
                        .add("ticker", ticker)
                        .add("countryCode", "US")
                        .build()
                        .toString());
        assertThat(company.status()).as(company.body()).isEqualTo(201);
        var date = today().plusMonths(6);
        long companyId = company.json().getJsonNumber("id").longValue();
        var meeting = filer.post(
                "api/companies/" + companyId + "/meetings",
                Json.createObjectBuilder()
                        .add("meetingDate", date.toString())
                        .add("announcedProposalDeadline", deadline.toString())
                        .build()
                        .toString());
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        return new Meeting(companyId, name, meeting.json().getJsonNumber("id").longValue(), date);
    }
}
