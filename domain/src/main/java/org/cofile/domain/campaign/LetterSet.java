package org.cofile.domain.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import org.cofile.domain.company.Company;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.domain.shared.InvalidInputException;

/**
 * One letter adapted to several companies, as the 2019 coalition wrote to Amazon, Google and Microsoft: a letter per
 * company, each with its own addressees and the company's name where the text says {@value #COMPANY_PLACEHOLDER}. An
 * organization signs the set as a whole, and the coalition's admins approve it for the whole set.
 */
@Entity
@Table(name = "letter_set")
public class LetterSet extends BaseEntity implements Audited {

    private static final long serialVersionUID = 1L;

    /** Where the title or text says this, each letter says its company's name. */
    public static final String COMPANY_PLACEHOLDER = "{company}";

    /** Companies one set may go to: the trio of 2019 was three. */
    public static final int LETTERS_MAX = 12;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false)
    private Campaign campaign;

    @Column(nullable = false, length = SignOnLetter.TITLE_MAX)
    private String title;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** One company of the set and the executives its letter is addressed to. */
    public record Addressed(Company company, List<String> addressees) {}

    protected LetterSet() {}

    private LetterSet(Campaign campaign, String title, Instant at) {
        this.campaign = campaign;
        this.title = title;
        this.createdAt = at;
    }

    /**
     * The set and its letters, one per company, each refused with the others when one is wrong; the errors name the
     * letter by its place ({@code letters[1].addressees}).
     */
    public static List<SignOnLetter> write(
            Campaign campaign,
            String title,
            String text,
            List<Addressed> companies,
            LocalDate closesOn,
            LocalDate today,
            Instant at) {
        var errors = new LinkedHashMap<String, String>();
        if (companies == null || companies.isEmpty()) {
            errors.put("letters", "Choose the companies the letter goes to.");
        } else if (companies.size() > LETTERS_MAX) {
            errors.put("letters", "At most " + LETTERS_MAX + " companies in one set.");
        }
        var set = new LetterSet(campaign, title == null ? null : title.strip(), at);
        var letters = new ArrayList<SignOnLetter>();
        var seen = new HashSet<Company>();
        var list = companies == null || companies.size() > LETTERS_MAX ? List.<Addressed>of() : companies;
        for (int i = 0; i < list.size(); i++) {
            var addressed = list.get(i);
            var prefix = "letters[" + i + "].";
            if (addressed.company() != null && !seen.add(addressed.company())) {
                errors.put(prefix + "companyId", addressed.company().getName() + " is in the set twice.");
                continue;
            }
            try {
                letters.add(new SignOnLetter(
                        campaign,
                        set,
                        addressed.company(),
                        adapt(title, addressed.company()),
                        addressed.addressees(),
                        adapt(text, addressed.company()),
                        closesOn,
                        today,
                        at));
            } catch (InvalidInputException e) {
                e.fieldErrors()
                        .forEach((field, reason) -> errors.putIfAbsent(
                                field.equals("title") || field.equals("text") || field.equals("closesOn")
                                        ? field
                                        : prefix + field,
                                reason));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return letters;
    }

    /** The words of the set for one company: its name where they say {@value #COMPANY_PLACEHOLDER}. */
    static String adapt(String words, Company company) {
        return words == null || company == null ? words : words.replace(COMPANY_PLACEHOLDER, company.getName());
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public String getTitle() {
        return title;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public String auditLabel() {
        return "Letter set " + title;
    }
}
