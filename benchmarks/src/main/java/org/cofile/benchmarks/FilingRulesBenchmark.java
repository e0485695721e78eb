package org.cofile.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cofile.domain.rules.DeadlineQuery;
import org.cofile.domain.rules.DeadlineVerdict;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.FilingRules;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.rules.PriorVote;
import org.cofile.domain.rules.ResubmissionQuery;
import org.cofile.domain.rules.ResubmissionVerdict;
import org.cofile.domain.rules.TextKind;
import org.cofile.domain.rules.VoteCounts;
import org.cofile.domain.rules.WordCountVerdict;
import org.cofile.domain.shared.Money;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the filing rules engine: one full check of a US filing (eligibility, deadline, word count of a
 * ~500-word proposal, resubmission) and each part alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FilingRulesBenchmark {

    private static final String RESOLUTION = "RESOLVED, shareholders request that the Board of Directors prohibit"
            + " sales of facial recognition technology to government agencies unless the Board concludes, after an"
            + " evaluation using independent evidence, that the technology does not cause or contribute to actual or"
            + " potential violations of civil and human rights. ";

    private final FilingRules rules = new FilingRules();
    private final LocalDate meeting = LocalDate.of(2026, 5, 20);

    private final EligibilityQuery eligibility = EligibilityQuery.of(
            Jurisdiction.US,
            meeting,
            LocalDate.of(2025, 12, 1),
            List.of(
                    Holding.atPrice("sisters", new BigDecimal("12"), LocalDate.of(2019, 3, 1), Money.usd("184.20")),
                    Holding.ofValue("sisters", new BigDecimal("40"), LocalDate.of(2024, 6, 3), Money.usd("7368.00"))),
            Documents.complete());

    private final DeadlineQuery deadline =
            DeadlineQuery.annual(Jurisdiction.US, meeting, LocalDate.of(2025, 5, 21), LocalDate.of(2025, 4, 10));

    /** The Amazon board-review resolution repeated to 495 words, about a proposal's length. */
    private final String proposal = RESOLUTION.repeat(11);

    private final ResubmissionQuery resubmission = new ResubmissionQuery(
            meeting,
            List.of(
                    new PriorVote(LocalDate.of(2021, 5, 26), VoteCounts.of(1_200_000, 20_000_000, 300_000, 50_000)),
                    new PriorVote(LocalDate.of(2023, 5, 24), VoteCounts.of(2_900_000, 18_000_000, 250_000, 60_000)),
                    new PriorVote(LocalDate.of(2025, 5, 21), VoteCounts.of(3_100_000, 17_500_000, 200_000, 40_000))));

    @Benchmark
    public void fullCheck(Blackhole bh) {
        bh.consume(rules.eligibility(eligibility));
        bh.consume(rules.submissionDeadline(deadline));
        bh.consume(rules.wordCount(Jurisdiction.US, meeting, TextKind.PROPOSAL, proposal));
        bh.consume(rules.resubmission(resubmission));
    }

    @Benchmark
    public EligibilityVerdict eligibility() {
        return rules.eligibility(eligibility);
    }

    @Benchmark
    public DeadlineVerdict deadline() {
        return rules.submissionDeadline(deadline);
    }

    @Benchmark
    public WordCountVerdict wordCount() {
        return rules.wordCount(Jurisdiction.US, meeting, TextKind.PROPOSAL, proposal);
    }

    @Benchmark
    public ResubmissionVerdict resubmission() {
        return rules.resubmission(resubmission);
    }
}
