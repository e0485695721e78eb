package org.cofile.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.web.shell.Messages;

/**
 * Lets a page show an audit entry in the member's language: {@code #{auditChanges.of(entry)}} lists what it changed,
 * and the names it records (Java attribute and class names) read from the bundle where it has them, as they are
 * otherwise, so that an attribute added later still shows.
 */
@Named
@ApplicationScoped
public class AuditChanges {

    @Inject
    private Messages messages;

    public List<Change> of(AuditEntry entry) {
        return Change.of(entry);
    }

    /** An attribute's name, e.g. {@code audit.attribute.countryCode=Country}. */
    public String attribute(String name) {
        return messages.textOr("audit.attribute." + name, name);
    }

    /** A record type's name, e.g. {@code audit.record.AnnualMeeting=Annual meeting}. */
    public String recordType(String name) {
        return messages.textOr("audit.record." + name, name);
    }
}
