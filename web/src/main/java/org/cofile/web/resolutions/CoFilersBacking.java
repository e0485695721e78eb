package org.cofile.web.resolutions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cofile.domain.cofiling.CoFilerRole;
import org.cofile.domain.cofiling.CoFilerStatus;
import org.cofile.domain.cofiling.DeliveryMethod;
import org.cofile.domain.cofiling.DocumentKind;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.cofiling.CoFilerDetails;
import org.cofile.workflow.cofiling.CoFilingPage;
import org.cofile.workflow.cofiling.CoFilingService;
import org.cofile.workflow.cofiling.HoldingImportService;
import org.cofile.workflow.shared.NotFoundException;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;

/**
 * The co-filing page of a resolution ({@code resolutions/cofilers.xhtml?id=N}): who co-files and how far each is, the
 * engine's verdict on each holding in the member's language, and the actions the member may take — invite, ask to
 * join, answer, record its own holding and upload its letters, plan the submission, drop and file, download the
 * package, record the company's receipt. What is shown and allowed comes from the service's {@link CoFilingPage}.
 */
@Named
@ViewScoped
public class CoFilersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "resolutions_cofilers";

    @Inject
    private CoFilingService coFiling;

    @Inject
    private HoldingImportService imports;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private long id;
    private CoFilingPage page;
    private HoldingForm holding;
    private Long inviteOrganization;
    private String decisionReason;
    private DocumentKind documentKind = DocumentKind.PROOF_OF_OWNERSHIP;
    private LocalDate plannedSubmissionOn;
    private LocalDate submittedOn;
    private DeliveryMethod deliveredBy = DeliveryMethod.EMAIL;
    private Map<Long, Boolean> dropped = new LinkedHashMap<>();
    private Map<Long, String> dropReasons = new LinkedHashMap<>();
    private LocalDate receivedOn;

    /** Before the first render: 404 for a resolution the member may not see, or that does not exist. */
    public void load() {
        pageActions.load(() -> {
            id = Requests.idParameter("Resolution").orElseThrow(() -> new NotFoundException("Resolution", "?"));
            read();
            holding = ownCoFiler()
                    .map(c -> HoldingForm.of(
                            c.coFiler(),
                            imports.importedFor(page.resolution().getCompany().getId())))
                    .orElse(null);
            plannedSubmissionOn = page.resolution().getPlannedSubmissionOn();
            submittedOn = page.submissionDate();
        });
    }

    private void read() {
        page = coFiling.page(id);
    }

    /** The co-filer the member records for: its own organization's, once it has joined. */
    public Optional<CoFilerDetails> ownCoFiler() {
        return page.coFilers().stream().filter(CoFilerDetails::mayRecord).findFirst();
    }

    public String invite() {
        return act("invite", "invited", () -> coFiling.invite(id, requiredOrganization()));
    }

    private Long requiredOrganization() {
        if (inviteOrganization == null) {
            throw new InvalidInputException("organization", "Choose the organization to invite.");
        }
        return inviteOrganization;
    }

    public String askToJoin() {
        return act("ask", "asked", () -> coFiling.invite(id, null));
    }

    public String decide(long organizationId, boolean accept) {
        return act(
                "decide",
                accept ? "accepted" : "declined",
                () -> coFiling.decide(id, organizationId, accept, decisionReason));
    }

    public String record() {
        var organization =
                ownCoFiler().orElseThrow().coFiler().getOrganization().getId();
        return act("holding", "recorded", () -> {
            try {
                coFiling.record(id, organization, holding.toRecord());
            } catch (InvalidInputException e) {
                throw e.withFieldsRenamed(holding::inputId);
            }
        });
    }

    public String plan() {
        return act("plan", "planned", () -> coFiling.planSubmission(id, plannedSubmissionOn));
    }

    /** Drops the proponents ticked, each with its reason, and files; nothing changes if it cannot file. */
    public String file() {
        var drop = new LinkedHashMap<Long, String>();
        dropped.forEach((organization, ticked) -> {
            if (Boolean.TRUE.equals(ticked)) {
                drop.put(organization, dropReasons.get(organization));
            }
        });
        return act("filing", "filed.done", () -> coFiling.file(id, submittedOn, deliveredBy, drop));
    }

    /** A letter arrives through PrimeFaces' upload, with its progress bar; it is checked and kept at once. */
    public void upload(FileUploadEvent event) {
        var organization =
                ownCoFiler().orElseThrow().coFiler().getOrganization().getId();
        var file = event.getFile();
        boolean done = pageActions.submit(
                "letters",
                PAGE,
                () -> coFiling.upload(id, organization, documentKind, file.getFileName(), file.getContent()));
        if (done) {
            messages.addGlobal(FacesMessage.SEVERITY_INFO, PAGE + ".uploaded", file.getFileName());
            read();
        }
    }

    /** The company's acknowledgement of receipt, with the day it came. */
    public void acknowledge(FileUploadEvent event) {
        var file = event.getFile();
        boolean done = pageActions.submit(
                "receipt",
                PAGE,
                () -> coFiling.acknowledgeReceipt(id, receivedOn, file.getFileName(), file.getContent()));
        if (done) {
            messages.addGlobal(FacesMessage.SEVERITY_INFO, PAGE + ".acknowledged");
            read();
        }
    }

    public void download(long documentId) {
        pageActions.load(() -> {
            var document = coFiling.document(documentId);
            send(document.bytes(), document.fileName(), true);
        });
    }

    public void downloadPackage() {
        pageActions.load(() -> send(coFiling.filingPackage(id), "filing-package-" + id + ".pdf", true));
    }

    private static void send(byte[] content, String fileName, boolean attachment) {
        Faces.sendFile(content, fileName, attachment);
    }

    private String act(String formId, String done, Runnable action) {
        if (!pageActions.submit(formId, PAGE, action)) {
            return null;
        }
        messages.flash(PAGE + "." + done);
        return "/resolutions/cofilers?faces-redirect=true&id=" + id;
    }

    /** The verdict on a co-filer with what it still needs, in the language of the page. */
    public String explanation(CoFilerDetails details) {
        return details.readiness().explanationIn(locale());
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }

    /** Proponents the lead filer may drop at filing: every co-filer still in, not the lead filer itself. */
    public List<CoFilerDetails> getDroppable() {
        return page.coFilers().stream()
                .filter(c -> c.coFiler().getRole() == CoFilerRole.CO_FILER
                        && c.coFiler().getStatus() == CoFilerStatus.JOINED)
                .toList();
    }

    public DocumentKind[] getDocumentKinds() {
        return new DocumentKind[] {DocumentKind.PROOF_OF_OWNERSHIP, DocumentKind.AUTHORIZATION, DocumentKind.OTHER};
    }

    public DeliveryMethod[] getDeliveryMethods() {
        return DeliveryMethod.values();
    }

    public long getId() {
        return id;
    }

    public CoFilingPage getPage() {
        return page;
    }

    public HoldingForm getHolding() {
        return holding;
    }

    public Long getInviteOrganization() {
        return inviteOrganization;
    }

    public void setInviteOrganization(Long inviteOrganization) {
        this.inviteOrganization = inviteOrganization;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public void setDecisionReason(String decisionReason) {
        this.decisionReason = decisionReason;
    }

    public DocumentKind getDocumentKind() {
        return documentKind;
    }

    public void setDocumentKind(DocumentKind documentKind) {
        this.documentKind = documentKind;
    }

    public LocalDate getPlannedSubmissionOn() {
        return plannedSubmissionOn;
    }

    public void setPlannedSubmissionOn(LocalDate plannedSubmissionOn) {
        this.plannedSubmissionOn = plannedSubmissionOn;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate submittedOn) {
        this.submittedOn = submittedOn;
    }

    public DeliveryMethod getDeliveredBy() {
        return deliveredBy;
    }

    public void setDeliveredBy(DeliveryMethod deliveredBy) {
        this.deliveredBy = deliveredBy;
    }

    public Map<Long, Boolean> getDropped() {
        return dropped;
    }

    public Map<Long, String> getDropReasons() {
        return dropReasons;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public void setReceivedOn(LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }
}
