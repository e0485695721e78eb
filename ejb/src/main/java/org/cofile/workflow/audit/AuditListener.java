package org.cofile.workflow.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.cofile.domain.audit.AuditAction;
import org.cofile.domain.audit.AuditEntry;
import org.cofile.domain.shared.Audited;
import org.cofile.domain.shared.BaseEntity;
import org.eclipse.persistence.descriptors.DescriptorEvent;
import org.eclipse.persistence.descriptors.DescriptorEventAdapter;
import org.eclipse.persistence.internal.sessions.ObjectChangeSet;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.DirectToFieldMapping;
import org.eclipse.persistence.mappings.ManyToManyMapping;
import org.eclipse.persistence.mappings.ObjectReferenceMapping;
import org.eclipse.persistence.queries.DataModifyQuery;
import org.eclipse.persistence.queries.SQLCall;
import org.eclipse.persistence.queries.WriteObjectQuery;
import org.eclipse.persistence.sessions.changesets.ChangeRecord;
import org.eclipse.persistence.sessions.changesets.CollectionChangeRecord;
import org.eclipse.persistence.sessions.changesets.DirectToFieldChangeRecord;
import org.eclipse.persistence.sessions.changesets.ObjectReferenceChangeRecord;

/**
 * Writes one audit entry per insert, update and delete of an {@link Audited} entity, through the same database
 * connection and transaction as the change itself: if the change rolls back, so does its entry. Values before and
 * after come from EclipseLink's change set. Secrets (attributes whose name ends in "Hash") are recorded as changed
 * but never with their values. A many-to-many collection (a coalition's organizations and admins, a campaign's
 * targets) is recorded as the ids it held before and after: it has no entity of its own to be audited.
 */
class AuditListener extends DescriptorEventAdapter {

    private static final String INSERT_SQL =
            "INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, entity_label, action, changes)"
                    + " VALUES (#OCCURRED_AT, #ACTOR, #ENTITY_TYPE, #ENTITY_ID, #ENTITY_LABEL, #ACTION, #CHANGES)";

    private static final String SYSTEM_ACTOR = "system";

    private static final String REDACTED = "[redacted]";

    /**
     * What Elytron calls the caller when no one signed in (startup, timers): a principal, not null. No member can
     * have this name, since members' names are e-mail addresses.
     */
    private static final String ANONYMOUS = "anonymous";

    @Override
    public void postInsert(DescriptorEvent event) {
        var changes = Json.createObjectBuilder();
        for (DatabaseMapping mapping : auditedMappings(event)) {
            changes.add(mapping.getAttributeName(), beforeAfter(mapping, null, valueOf(mapping, event)));
        }
        for (DatabaseMapping mapping : event.getDescriptor().getMappings()) {
            if (mapping instanceof ManyToManyMapping) {
                var ids = idsIn(mapping.getRealAttributeValueFromObject(event.getObject(), event.getSession()));
                if (!ids.isEmpty()) {
                    changes.add(
                            mapping.getAttributeName(),
                            Json.createObjectBuilder().addNull("before").add("after", Json.createArrayBuilder(ids)));
                }
            }
        }
        write(event, AuditAction.CREATED, changes);
    }

    @Override
    public void postUpdate(DescriptorEvent event) {
        // The write query holds the change set with the old values; the event's own is set only for some events.
        var changeSet = event.getQuery() instanceof WriteObjectQuery write
                ? (ObjectChangeSet) write.getObjectChangeSet()
                : (ObjectChangeSet) event.getChangeSet();
        if (changeSet == null) {
            return;
        }
        var changes = Json.createObjectBuilder();
        boolean any = false;
        for (ChangeRecord record : changeSet.getChanges()) {
            var mapping = event.getDescriptor().getMappingForAttributeName(record.getAttribute());
            if (mapping == null || !(isAudited(mapping) || mapping instanceof ManyToManyMapping)) {
                continue;
            }
            if (record instanceof DirectToFieldChangeRecord direct) {
                changes.add(record.getAttribute(), beforeAfter(mapping, direct.getOldValue(), direct.getNewValue()));
                any = true;
            } else if (record instanceof ObjectReferenceChangeRecord reference) {
                changes.add(
                        record.getAttribute(),
                        beforeAfter(
                                mapping, referenceId(reference.getOldValue()), referenceId(reference.getNewValue())));
                any = true;
            } else if (record instanceof CollectionChangeRecord collection && mapping instanceof ManyToManyMapping) {
                var after = idsIn(mapping.getRealAttributeValueFromObject(event.getObject(), event.getSession()));
                var before = new ArrayList<>(after);
                before.removeAll(idsIn(collection.getAddObjectList()));
                before.addAll(idsIn(collection.getRemoveObjectList()));
                if (!before.equals(after)) {
                    changes.add(
                            record.getAttribute(),
                            Json.createObjectBuilder()
                                    .add("before", Json.createArrayBuilder(before))
                                    .add("after", Json.createArrayBuilder(after)));
                    any = true;
                }
            }
        }
        if (any) {
            write(event, AuditAction.UPDATED, changes);
        }
    }

    @Override
    public void postDelete(DescriptorEvent event) {
        var changes = Json.createObjectBuilder();
        for (DatabaseMapping mapping : auditedMappings(event)) {
            changes.add(mapping.getAttributeName(), beforeAfter(mapping, valueOf(mapping, event), null));
        }
        write(event, AuditAction.DELETED, changes);
    }

    private static List<DatabaseMapping> auditedMappings(DescriptorEvent event) {
        return event.getDescriptor().getMappings().stream()
                .filter(AuditListener::isAudited)
                .toList();
    }

    private static boolean isAudited(DatabaseMapping mapping) {
        var name = mapping.getAttributeName();
        boolean bookkeeping = name.equals("id") || name.equals("version");
        return !bookkeeping && (mapping instanceof DirectToFieldMapping || mapping instanceof ObjectReferenceMapping);
    }

    private static Object valueOf(DatabaseMapping mapping, DescriptorEvent event) {
        var value = mapping.getRealAttributeValueFromObject(event.getObject(), event.getSession());
        return mapping instanceof ObjectReferenceMapping ? referenceId(value) : value;
    }

    private static Object referenceId(Object reference) {
        if (reference instanceof BaseEntity entity) {
            return entity.getId();
        }
        if (reference instanceof ObjectChangeSet changeSet) {
            var target = changeSet.getUnitOfWorkClone();
            return target instanceof BaseEntity entity ? entity.getId() : null;
        }
        return reference;
    }

    /** The ids of a collection's entities, or of a change record's added or removed ones (a map of change sets). */
    private static List<Long> idsIn(Object entities) {
        Collection<?> members = entities instanceof Map<?, ?> changeSets
                ? changeSets.keySet()
                : entities instanceof Collection<?> collection ? collection : List.of();
        return members.stream()
                .map(AuditListener::referenceId)
                .filter(Objects::nonNull)
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    private static JsonObjectBuilder beforeAfter(DatabaseMapping mapping, Object before, Object after) {
        var secret = mapping.getAttributeName().toLowerCase(Locale.ROOT).endsWith("hash");
        var json = Json.createObjectBuilder();
        addValue(json, "before", secret && before != null ? REDACTED : before);
        addValue(json, "after", secret && after != null ? REDACTED : after);
        return json;
    }

    private static void addValue(JsonObjectBuilder json, String key, Object value) {
        if (value == null) {
            json.addNull(key);
        } else if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
            json.add(key, number.longValue());
        } else if (value instanceof Boolean bool) {
            json.add(key, bool);
        } else {
            json.add(key, value.toString());
        }
    }

    private static void write(DescriptorEvent event, AuditAction action, JsonObjectBuilder changes) {
        var entity = event.getObject();
        var call = new SQLCall(INSERT_SQL);
        var query = new DataModifyQuery(call);
        List.of("OCCURRED_AT", "ACTOR", "ENTITY_TYPE", "ENTITY_ID", "ENTITY_LABEL", "ACTION", "CHANGES")
                .forEach(query::addArgument);
        var label = ((Audited) entity).auditLabel();
        List<Object> arguments = List.of(
                Timestamp.from(Instant.now()),
                currentActor(),
                entity.getClass().getSimpleName(),
                ((BaseEntity) entity).getId(),
                label == null ? "" : label.substring(0, Math.min(label.length(), AuditEntry.LABEL_MAX)),
                action.name(),
                changes.build().toString());
        event.getSession().executeQuery(query, arguments);
    }

    /** The signed-in member's e-mail; "system" for work no one signed in for, such as startup. */
    static String currentActor() {
        try {
            var principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null || ANONYMOUS.equals(principal.getName()) ? SYSTEM_ACTOR : principal.getName();
        } catch (RuntimeException e) {
            return SYSTEM_ACTOR;
        }
    }
}
