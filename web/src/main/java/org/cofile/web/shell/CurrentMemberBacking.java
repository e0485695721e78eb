package org.cofile.web.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.cofile.domain.organization.Member;
import org.cofile.domain.organization.Role;
import org.cofile.workflow.shared.Caller;

/** Who is signed in, for the header and for showing only what the member's role allows. */
@Named("currentMember")
@RequestScoped
public class CurrentMemberBacking {

    @Inject
    private Caller caller;

    private Member member;
    private boolean looked;

    public Member getMember() {
        if (!looked) {
            member = caller.findMember().orElse(null);
            looked = true;
        }
        return member;
    }

    public boolean isSignedIn() {
        return getMember() != null;
    }

    public boolean has(String role) {
        return isSignedIn() && getMember().hasRole(Role.valueOf(role));
    }
}
