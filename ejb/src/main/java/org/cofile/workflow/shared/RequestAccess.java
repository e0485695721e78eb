package org.cofile.workflow.shared;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.cofile.domain.organization.Access;

/**
 * The callers' {@link Access} read during one request, by principal name: a page calls several services, and each
 * would read the same member and coalitions again. A change of memberships shows from the next request on.
 */
@RequestScoped
public class RequestAccess implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Access> byPrincipal = new HashMap<>();

    Access get(String principal, Supplier<Access> reading) {
        return byPrincipal.computeIfAbsent(principal, name -> reading.get());
    }
}
