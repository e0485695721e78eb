package org.cofile.web.campaigns;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.campaign.LetterService;
import org.cofile.workflow.shared.NotFoundException;
import org.omnifaces.util.Faces;

/**
 * A sign-on letter's page ({@code campaigns/letter.xhtml?id=N}): its text and addressees, the other letters of its
 * set; an organization's admin signs for it, the coalition's admins approve who prints and record the delivery; the
 * PDF as printed.
 */
@Named
@ViewScoped
public class LetterBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "letters";

    @Inject
    private LetterService letters;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private long id;
    private LetterService.LetterPage page;
    private String printedName;
    private LocalDate deliveredOn;
    private String deliveredTo;
    private String deliveredHow;
    private String companyAnswer;

    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Letter").orElseThrow(() -> new NotFoundException("Letter", "?"));
            page = letters.page(id);
            var letter = page.letter();
            deliveredOn = letter.getDeliveredOn();
            deliveredTo = letter.getDeliveredTo();
            deliveredHow = letter.getDeliveredHow();
            companyAnswer = letter.getCompanyAnswer();
        });
    }

    public String sign() {
        if (!pageActions.submit("sign", PAGE, () -> letters.sign(id, printedName))) {
            return null;
        }
        messages.flash(page.sameSet().isEmpty() ? "letters.signed" : "letters.signedSet");
        return self();
    }

    public String approve(long organizationId) {
        if (!pageActions.submit("signatories", PAGE, () -> letters.approve(id, organizationId))) {
            return null;
        }
        messages.flash("letters.approved");
        return self();
    }

    public String recordDelivery() {
        if (!pageActions.submit(
                "delivery",
                PAGE,
                () -> letters.recordDelivery(id, deliveredOn, deliveredTo, deliveredHow, companyAnswer))) {
            return null;
        }
        messages.flash("letters.delivered");
        return self();
    }

    public void pdf() {
        pageActions.load(() -> Faces.sendFile(letters.pdf(id), "letter-" + id + ".pdf", true));
    }

    private String self() {
        return "/campaigns/letter?faces-redirect=true&id=" + id;
    }

    public LetterService.LetterPage getPage() {
        return page;
    }

    public String getPrintedName() {
        return printedName;
    }

    public void setPrintedName(String printedName) {
        this.printedName = printedName;
    }

    public LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    public void setDeliveredOn(LocalDate deliveredOn) {
        this.deliveredOn = deliveredOn;
    }

    public String getDeliveredTo() {
        return deliveredTo;
    }

    public void setDeliveredTo(String deliveredTo) {
        this.deliveredTo = deliveredTo;
    }

    public String getDeliveredHow() {
        return deliveredHow;
    }

    public void setDeliveredHow(String deliveredHow) {
        this.deliveredHow = deliveredHow;
    }

    public String getCompanyAnswer() {
        return companyAnswer;
    }

    public void setCompanyAnswer(String companyAnswer) {
        this.companyAnswer = companyAnswer;
    }
}
