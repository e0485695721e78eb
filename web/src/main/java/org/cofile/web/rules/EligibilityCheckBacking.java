package org.cofile.web.rules;

import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cofile.domain.rules.Documents;
import org.cofile.domain.rules.EligibilityQuery;
import org.cofile.domain.rules.EligibilityVerdict;
import org.cofile.domain.rules.Holding;
import org.cofile.domain.rules.Jurisdiction;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.domain.shared.Money;
import org.cofile.web.shell.Messages;

/** The eligibility check: lots held, documents on file, and the verdict. */
@Named
@ViewScoped
public class EligibilityCheckBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "jurisdiction", "jurisdiction",
            "meetingDate", "meetingDate",
            "submissionDate", "submissionDate",
            "holdings", "lots",
            "shares", "shares",
            "heldSince", "heldSince",
            "highestPriceInWindow", "highestPrice");

    /** One lot as the form edits it. */
    public static class Lot implements Serializable {

        private static final long serialVersionUID = 1L;

        private String holder;
        private BigDecimal shares;
        private LocalDate heldSince;
        private BigDecimal highestPrice;

        public String getHolder() {
            return holder;
        }

        public void setHolder(String holder) {
            this.holder = holder;
        }

        public BigDecimal getShares() {
            return shares;
        }

        public void setShares(BigDecimal shares) {
            this.shares = shares;
        }

        public LocalDate getHeldSince() {
            return heldSince;
        }

        public void setHeldSince(LocalDate heldSince) {
            this.heldSince = heldSince;
        }

        public BigDecimal getHighestPrice() {
            return highestPrice;
        }

        public void setHighestPrice(BigDecimal highestPrice) {
            this.highestPrice = highestPrice;
        }
    }

    @Inject
    private Messages messages;

    private String jurisdiction = Jurisdiction.US.code();
    private LocalDate meetingDate;
    private LocalDate submissionDate;
    private boolean intendsToHold;
    private boolean proofOfOwnership;
    private boolean engagementAvailability;
    private final List<Lot> lots = new ArrayList<>(List.of(new Lot()));
    private transient EligibilityVerdict verdict;

    public void addLot() {
        lots.add(new Lot());
    }

    public void removeLot(Lot lot) {
        if (lots.size() > 1) {
            lots.remove(lot);
        }
    }

    public void check(ActionEvent event) {
        verdict = null;
        try {
            Jurisdiction j = Jurisdiction.parse(jurisdiction);
            List<Holding> holdings = new ArrayList<>();
            for (Lot lot : lots) {
                String holder = lot.getHolder() == null || lot.getHolder().isBlank() ? "proponent" : lot.getHolder();
                Money price = lot.getHighestPrice() == null ? null : new Money(lot.getHighestPrice(), j.currency());
                holdings.add(new Holding(holder, lot.getShares(), lot.getHeldSince(), price, null, null));
            }
            verdict = RuleCheck.RULES.eligibility(EligibilityQuery.of(
                    j,
                    meetingDate,
                    submissionDate,
                    holdings,
                    new Documents(intendsToHold, proofOfOwnership, engagementAvailability, null)));
        } catch (InvalidInputException e) {
            RuleCheck.report(messages, event, e, INPUTS);
        }
    }

    public EligibilityVerdict getVerdict() {
        return verdict;
    }

    public List<Lot> getLots() {
        return lots;
    }

    public String getJurisdiction() {
        return jurisdiction;
    }

    public void setJurisdiction(String jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public void setMeetingDate(LocalDate meetingDate) {
        this.meetingDate = meetingDate;
    }

    public LocalDate getSubmissionDate() {
        return submissionDate;
    }

    public void setSubmissionDate(LocalDate submissionDate) {
        this.submissionDate = submissionDate;
    }

    public boolean isIntendsToHold() {
        return intendsToHold;
    }

    public void setIntendsToHold(boolean intendsToHold) {
        this.intendsToHold = intendsToHold;
    }

    public boolean isProofOfOwnership() {
        return proofOfOwnership;
    }

    public void setProofOfOwnership(boolean proofOfOwnership) {
        this.proofOfOwnership = proofOfOwnership;
    }

    public boolean isEngagementAvailability() {
        return engagementAvailability;
    }

    public void setEngagementAvailability(boolean engagementAvailability) {
        this.engagementAvailability = engagementAvailability;
    }
}
