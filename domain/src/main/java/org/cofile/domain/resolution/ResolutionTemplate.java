package org.cofile.domain.resolution;

import java.util.List;
import java.util.Optional;

/**
 * A starting point for a new draft. The first is the board-review resolution filed at Amazon for its 2019 meeting
 * (rule-14a-8.md, "Board-review resolutions"); its supporting statement here is a short outline to write over, not
 * the filed one.
 */
public record ResolutionTemplate(
        String id,
        ResolutionKind kind,
        String title,
        String resolvedClause,
        String supportingStatement,
        BoardReview boardReview,
        List<String> topics) {

    public static final String AMAZON_2019_FACIAL_RECOGNITION = "amazon-2019-facial-recognition";

    private static final List<ResolutionTemplate> ALL = List.of(
            new ResolutionTemplate(
                    AMAZON_2019_FACIAL_RECOGNITION,
                    ResolutionKind.BOARD_REVIEW,
                    "Prohibit sales of facial recognition technology to government agencies",
                    null,
                    "Outline: what the technology does and who buys it; the evidence of misidentification and of"
                            + " surveillance that chills civil liberties; the risks to the company's reputation and"
                            + " business; why an independent evaluation must come before further sales.",
                    new BoardReview(
                            "sales of facial recognition technology to government agencies",
                            "an evaluation using independent evidence",
                            "the technology does not cause or contribute to actual or potential violations of civil"
                                    + " and human rights",
                            "people whose civil and human rights government surveillance can violate"),
                    List.of("facial recognition", "civil rights", "human rights")),
            new ResolutionTemplate(
                    "human-rights-impact-report",
                    ResolutionKind.REPORT,
                    "Report on human rights impacts",
                    "RESOLVED, shareholders request that the Board of Directors commission an independent report,"
                            + " at reasonable cost and omitting proprietary information, on the human rights impacts"
                            + " of the company's products and services.",
                    "Outline: the products concerned; the risks to the people affected; what investors need to know.",
                    null,
                    List.of("human rights")));

    public static List<ResolutionTemplate> all() {
        return ALL;
    }

    public static Optional<ResolutionTemplate> find(String id) {
        return ALL.stream().filter(t -> t.id.equals(id)).findFirst();
    }
}
