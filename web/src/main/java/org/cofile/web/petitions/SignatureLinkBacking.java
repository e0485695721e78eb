package org.cofile.web.petitions;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cofile.domain.shared.ConflictException;
import org.cofile.domain.shared.InvalidInputException;
import org.cofile.web.shell.Messages;
import org.cofile.workflow.campaign.PetitionSigning;
import org.omnifaces.util.Faces;

/**
 * The pages the signer's mail links to ({@code petition-confirm.xhtml}, {@code petition-unsubscribe.xhtml}, {@code
 * petition-erase.xhtml}): the link's
 * secret is kept from the address, and nothing changes until the signer presses the button, since mail scanners open
 * links on their own.
 */
@Named
@ViewScoped
public class SignatureLinkBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PetitionSigning signing;

    @Inject
    private Messages messages;

    private String token;
    private Long petitionId;
    private boolean done;

    public void load() {
        if (token == null) {
            token = Faces.getRequestParameter("token");
        }
    }

    public void confirm() {
        act(() -> petitionId = signing.confirm(token).getPetition().getId(), "petition.confirmed");
    }

    public void unsubscribe() {
        act(() -> signing.unsubscribe(token), "petition.unsubscribed");
    }

    public void erase() {
        act(() -> signing.erase(token), "petition.erased");
    }

    private void act(Runnable action, String doneKey) {
        try {
            if (token == null || token.isBlank()) {
                throw new InvalidInputException("token", "This link is not valid: copy the whole link from the mail.");
            }
            action.run();
            done = true;
            messages.addGlobal(FacesMessage.SEVERITY_INFO, doneKey);
        } catch (InvalidInputException e) {
            messages.addFor(null, FacesMessage.SEVERITY_ERROR, e.fieldErrors().getOrDefault("token", e.getMessage()));
        } catch (ConflictException e) {
            messages.addFor(null, FacesMessage.SEVERITY_WARN, e.getMessage());
        }
    }

    public Long getPetitionId() {
        return petitionId;
    }

    public boolean isDone() {
        return done;
    }
}
