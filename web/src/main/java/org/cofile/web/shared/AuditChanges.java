package org.cofile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;

/** Lets a history panel list what each audit entry changed: {@code #{auditChanges.of(entry)}}. */
@Named
@ApplicationScoped
public class AuditChanges {

    public List<Change> of(AuditEntry entry) {
        return Change.of(entry);
    }
}
