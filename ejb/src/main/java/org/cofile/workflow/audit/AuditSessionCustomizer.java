package org.cofile.workflow.audit;

import org.cofile.domain.shared.Audited;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/** Hooks the audit listener into every entity that is {@link Audited}, so no service can forget to audit. */
public class AuditSessionCustomizer implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        var listener = new AuditListener();
        session.getDescriptors().values().stream()
                .filter(descriptor -> Audited.class.isAssignableFrom(descriptor.getJavaClass()))
                .forEach(descriptor -> descriptor.getEventManager().addListener(listener));
    }
}
