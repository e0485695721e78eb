package org.cofile.web.petitions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import org.cofile.domain.campaign.FormTraces;
import org.cofile.domain.campaign.Signature;
import org.cofile.web.security.ClientAddress;
import org.cofile.web.shared.PageActions;
import org.cofile.web.shared.Requests;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.campaign.PetitionSigning;
import org.cofile.workflow.shared.NotFoundException;

/**
 * A petition's public page ({@code petition.xhtml?id=N}, no sign-in): its text, the live count, and the form. The
 * consent boxes start unticked and are answers of their own; after signing, the page says the same whatever the
 * address (only the mail differs). A hidden field and the time the form took tell robots apart; what they catch is
 * held aside for the coalition's admins, with the same answer.
 */
@Named
@ViewScoped
public class PetitionBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "petition";

    @Inject
    private PetitionSigning signing;

    @Inject
    private PageActions pageActions;

    @Inject
    private Messages messages;

    private long id;
    private PetitionSigning.PublicPetition petition;
    private boolean signed;

    private String name;
    private String email;
    private String postcode;
    private String country;
    private boolean contactConsent;
    private String mobile;
    private boolean smsConsent;

    /** The honeypot: hidden from people, filled by robots that fill every field. */
    private String website;

    /** When this view was first shown: a form sent sooner than a person types is held aside. */
    private Instant shownAt;

    public void load() {
        if (shownAt == null) {
            shownAt = Instant.now();
        }
        pageActions.load(() -> {
            id = Requests.idParameter("Petition").orElseThrow(() -> new NotFoundException("Petition", "?"));
            petition = signing.petition(id);
        });
    }

    public void sign() {
        // An unticked box is a "no", given on this page by leaving it so; the API asks for the answer in words.
        signed = pageActions.submit(
                "sign",
                PAGE,
                () -> signing.sign(
                        id,
                        new Signature.Form(
                                name,
                                email,
                                postcode,
                                country,
                                contactConsent,
                                mobile,
                                mobile == null || mobile.isBlank() ? null : smsConsent),
                        new FormTraces(website != null && !website.isEmpty(), Duration.between(shownAt, Instant.now())),
                        ClientAddress.of((HttpServletRequest) FacesContext.getCurrentInstance()
                                .getExternalContext()
                                .getRequest())));
        if (signed) {
            messages.addGlobal(FacesMessage.SEVERITY_INFO, "petition.signed");
        }
        petition = signing.petition(id);
    }

    public PetitionSigning.PublicPetition getPetition() {
        return petition;
    }

    public boolean isSigned() {
        return signed;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPostcode() {
        return postcode;
    }

    public void setPostcode(String postcode) {
        this.postcode = postcode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public boolean isContactConsent() {
        return contactConsent;
    }

    public void setContactConsent(boolean contactConsent) {
        this.contactConsent = contactConsent;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public boolean isSmsConsent() {
        return smsConsent;
    }

    public void setSmsConsent(boolean smsConsent) {
        this.smsConsent = smsConsent;
    }
}
