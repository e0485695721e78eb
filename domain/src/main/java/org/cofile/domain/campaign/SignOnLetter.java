package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import org.cofile.domain.company.Company;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.Bounds;
import org.cofile.domain.shared.InvalidInputException;

/**
 * A coalition letter to a company's named executives, open for organizations to sign until its closing day, then
 * delivered: the 2019 letters to Amazon, Google and Microsoft were one text adapted to each company, one letter each.
 */
@Entity
@Table(name = "sign_on_letter")
@NamedQuery(
        name = "SignOnLetter.find",
        query = "select l from SignOnLetter l join fetch l.campaign c join fetch c.coalition join fetch l.company"
                + " where l.id = :id")
@NamedQuery(
        name = "SignOnLetter.listByCampaign",
        query = "select l from SignOnLetter l join fetch l.company where l.campaign.id = :campaign order by l.id")
@NamedQuery(
        name = "SignOnLetter.listBySet",
        query = "select l from SignOnLetter l join fetch l.company where l.letterSet.id = :set order by l.id")
public class SignOnLetter extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    public static final int TITLE_MAX = 200;
    public static final int TEXT_MAX = 20_000;
    public static final int ADDRESSEE_MAX = 200;
    public static final int ADDRESSEES_MAX = 20;
    public static final int DELIVERY_MAX = 2_000;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "company_id", nullable = false)
    private Company company;

    /** The set it belongs to when one text went to several companies; none for a letter to one company. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "letter_set_id")
    private LetterSet letterSet;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    /** The executives it is addressed to, one per line. */
    @Column(nullable = false, length = ADDRESSEE_MAX * ADDRESSEES_MAX)
    private String addressees;

    @Column(name = "letter_text", nullable = false, length = TEXT_MAX)
    private String text;

    @Column(name = "closes_on")
    private LocalDate closesOn;

    @Column(name = "delivered_on")
    private LocalDate deliveredOn;

    @Column(name = "delivered_to", length = DELIVERY_MAX)
    private String deliveredTo;

    @Column(name = "delivered_how", length = DELIVERY_MAX)
    private String deliveredHow;

    @Column(name = "company_answer", length = DELIVERY_MAX)
    private String companyAnswer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SignOnLetter() {}

    public SignOnLetter(
            Campaign campaign,
            Company company,
            String title,
            List<String> addressees,
            String text,
            LocalDate closesOn,
            LocalDate today,
            Instant at) {
        this(campaign, null, company, title, addressees, text, closesOn, today, at);
    }

    SignOnLetter(
            Campaign campaign,
            LetterSet letterSet,
            Company company,
            String title,
            List<String> addressees,
            String text,
            LocalDate closesOn,
            LocalDate today,
            Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (company == null) {
            errors.put("companyId", "Choose the company the letter goes to.");
        }
        if (title == null || title.isBlank()) {
            errors.put("title", "Give the letter a title.");
        } else if (title.length() > TITLE_MAX) {
            errors.put("title", "At most " + TITLE_MAX + " characters.");
        }
        var names = addressees == null
                ? List.<String>of()
                : addressees.stream()
                        .filter(Objects::nonNull)
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .toList();
        if (names.isEmpty()) {
            errors.put("addressees", "Name at least one executive it is addressed to.");
        } else if (names.size() > ADDRESSEES_MAX || names.stream().anyMatch(n -> n.length() > ADDRESSEE_MAX)) {
            errors.put(
                    "addressees",
                    "At most " + ADDRESSEES_MAX + " addressees of " + ADDRESSEE_MAX + " characters each.");
        }
        if (text == null || text.isBlank()) {
            errors.put("text", "Write the letter.");
        } else if (text.length() > TEXT_MAX) {
            errors.put("text", "At most " + TEXT_MAX + " characters.");
        }
        if (closesOn != null) {
            Bounds.date(closesOn, "closesOn");
            if (closesOn.isBefore(today)) {
                errors.put("closesOn", "Signing closes today or later, not on " + closesOn + ".");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        // A letter's company is one the campaign targets.
        campaign.target(company);
        this.campaign = campaign;
        this.letterSet = letterSet;
        this.company = company;
        this.title = title.strip();
        this.addressees = String.join("\n", names);
        this.text = text.strip();
        this.closesOn = closesOn;
        this.createdAt = at;
    }

    /** Open for signatures on its closing day, not after, and not once delivered. */
    public boolean isOpen(LocalDate today) {
        return deliveredOn == null && (closesOn == null || !today.isAfter(closesOn));
    }

    /** The letter went out: when, to whom, how, and the company's answer once there is one. */
    public void recordDelivery(LocalDate on, String to, String how, String answer, LocalDate today) {
        var errors = new LinkedHashMap<String, String>();
        if (on == null) {
            errors.put("deliveredOn", "Give the day it was delivered.");
        } else if (on.isAfter(today)) {
            errors.put("deliveredOn", "Record the delivery once it is made; " + on + " is after today.");
        }
        if (to == null || to.isBlank()) {
            errors.put("to", "Say to whom it was delivered.");
        }
        for (var field : new String[][] {{"to", to}, {"how", how}, {"answer", answer}}) {
            if (field[1] != null && field[1].length() > DELIVERY_MAX) {
                errors.put(field[0], "At most " + DELIVERY_MAX + " characters.");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.deliveredOn = on;
        this.deliveredTo = to.strip();
        this.deliveredHow = how == null || how.isBlank() ? null : how.strip();
        this.companyAnswer = answer == null || answer.isBlank() ? null : answer.strip();
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Company getCompany() {
        return company;
    }

    public LetterSet getLetterSet() {
        return letterSet;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getAddressees() {
        return Arrays.asList(addressees.split("\n"));
    }

    public String getText() {
        return text;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public String getDeliveredTo() {
        return deliveredTo;
    }

    public String getDeliveredHow() {
        return deliveredHow;
    }

    public String getCompanyAnswer() {
        return companyAnswer;
    }

    @Override
    public String auditLabel() {
        return "Letter " + title;
    }
}
