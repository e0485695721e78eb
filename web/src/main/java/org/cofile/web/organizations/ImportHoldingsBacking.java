package org.cofile.web.organizations;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.cofiling.HoldingImport;
import org.cofile.workflow.cofiling.HoldingImportService;
import org.cofile.workflow.cofiling.HoldingsCsv;
import org.primefaces.event.FileUploadEvent;

/**
 * Importing the organization's holdings from a custodian's CSV export ({@code organizations/holdings.xhtml}): the
 * file is previewed at once with the columns guessed from its header, the member corrects the mapping and previews
 * again, and imports once every row is valid. The file stays in the view until then.
 */
@Named
@ViewScoped
public class ImportHoldingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String PAGE = "organizations_holdings";

    @Inject
    private HoldingImportService imports;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private byte[] file;
    private String fileName;
    private HoldingImport preview;
    private String ticker;
    private String shares;
    private String heldSince;
    private String highestPrice;
    private String value;
    private String custodian;
    private String dtcParticipant;

    public void upload(FileUploadEvent event) {
        file = event.getFile().getContent();
        fileName = event.getFile().getFileName();
        ticker = shares = heldSince = highestPrice = value = custodian = dtcParticipant = null;
        previewAgain();
    }

    /** Reads the file again with the mapping chosen. */
    public void previewAgain() {
        preview = null;
        if (file == null) {
            messages.addGlobal(FacesMessage.SEVERITY_ERROR, PAGE + ".noFile");
            return;
        }
        pageActions.submit("mapping", PAGE, () -> show(imports.importHoldings(file, mapping(), false)));
    }

    private void show(HoldingImport result) {
        preview = result;
        var used = result.mapping();
        ticker = used.ticker();
        shares = used.shares();
        heldSince = used.heldSince();
        highestPrice = used.highestPrice();
        value = used.value();
        custodian = used.custodian();
        dtcParticipant = used.dtcParticipant();
    }

    public String confirm() {
        if (file == null) {
            messages.addGlobal(FacesMessage.SEVERITY_ERROR, PAGE + ".noFile");
            return null;
        }
        var mapping = mapping();
        boolean done = pageActions.submit("mapping", PAGE, () -> preview = imports.importHoldings(file, mapping, true));
        if (!done) {
            // The rows' errors are in the preview, beside each row.
            pageActions.submit("mapping", PAGE, () -> show(imports.importHoldings(file, mapping, false)));
            return null;
        }
        long filled = preview.rows().stream().mapToLong(r -> r.fills().size()).sum();
        messages.flash(PAGE + ".imported", preview.rows().size(), filled);
        return "/organizations/holdings?faces-redirect=true";
    }

    private HoldingsCsv.Mapping mapping() {
        return new HoldingsCsv.Mapping(ticker, shares, heldSince, highestPrice, value, custodian, dtcParticipant);
    }

    /** A row's errors as one line each, field first. */
    public List<String> errorsOf(HoldingImport.Row row) {
        return row.errors().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> messages.textOr(PAGE + ".column." + e.getKey(), e.getKey()) + ": " + e.getValue())
                .toList();
    }

    public HoldingImport getPreview() {
        return preview;
    }

    public String getFileName() {
        return fileName;
    }

    public List<String> getHeaders() {
        return preview == null ? List.of() : preview.headers();
    }

    public String getTicker() {
        return ticker;
    }

    public void setTicker(String ticker) {
        this.ticker = ticker;
    }

    public String getShares() {
        return shares;
    }

    public void setShares(String shares) {
        this.shares = shares;
    }

    public String getHeldSince() {
        return heldSince;
    }

    public void setHeldSince(String heldSince) {
        this.heldSince = heldSince;
    }

    public String getHighestPrice() {
        return highestPrice;
    }

    public void setHighestPrice(String highestPrice) {
        this.highestPrice = highestPrice;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }

    public String getCustodian() {
        return custodian;
    }

    public void setCustodian(String custodian) {
        this.custodian = custodian;
    }

    public String getDtcParticipant() {
        return dtcParticipant;
    }

    public void setDtcParticipant(String dtcParticipant) {
        this.dtcParticipant = dtcParticipant;
    }
}
