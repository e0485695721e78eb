package org.cofile.workflow.answers;

import java.time.LocalDate;
import java.util.List;
import org.cofile.domain.answers.BoardResponse;
import org.cofile.domain.answers.Commitment;
import org.cofile.domain.answers.CommitmentStatus;
import org.cofile.domain.answers.MeetingOutcome;
import org.cofile.domain.answers.NoActionRequest;
import org.cofile.domain.answers.SupportFigure;
import org.cofile.domain.company.Company;
import org.cofile.domain.resolution.Resolution;
import org.cofile.domain.rules.ResubmissionVerdict;
import org.cofile.domain.shared.Percentage;

/**
 * Across companies and years, per subject: what was asked, what was voted, what the company answered and promised,
 * and what it kept. Companies by name, subjects by title, years oldest first.
 */
public record Accountability(List<CompanyRecord> companies) {

    public record CompanyRecord(Company company, List<SubjectRecord> subjects) {}

    /**
     * The resolutions linked as one subject ({@code subjectId}), or a resolution linked to none on its own; with the
     * engine's resubmission verdict for the company's next meeting, when one is scheduled.
     */
    public record SubjectRecord(
            Long subjectId, String title, List<YearRecord> years, LocalDate nextMeeting, ResubmissionVerdict next) {}

    /**
     * One filed resolution: its vote ({@code support} {@code null} while unknown), the no-action requests and their
     * answers, the board's answer, the commitments, and the resubmission thresholds in force at its meeting (empty
     * outside the US rules).
     */
    public record YearRecord(
            Resolution resolution,
            MeetingOutcome outcome,
            SupportFigure support,
            List<NoActionRequest> noActionRequests,
            BoardResponse boardResponse,
            List<Commitment> commitments,
            List<Percentage> thresholds) {

        public LocalDate meetingDate() {
            return resolution.getMeeting().getMeetingDate();
        }

        public long kept() {
            return commitments.stream()
                    .filter(c -> c.getStatus() == CommitmentStatus.MET)
                    .count();
        }
    }
}
