package org.cofile.workflow.shared;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cofile.domain.shared.Restriction;

/**
 * Pages through one entity in the database: filters as case-insensitive "contains", one sort attribute, a stable
 * order by id after it in the same direction. Only the attributes a service names may be sorted or filtered on; a
 * request that names none gets the service's default order.
 */
public final class Listing<T> {

    private final Class<T> type;
    private final Set<String> sortable;
    private final Set<String> filterable;
    private final String defaultSort;
    private final boolean defaultAscending;

    public Listing(Class<T> type, String defaultSort, Set<String> sortable, Set<String> filterable) {
        this(type, defaultSort, true, sortable, filterable);
    }

    public Listing(
            Class<T> type, String defaultSort, boolean defaultAscending, Set<String> sortable, Set<String> filterable) {
        this.type = type;
        this.defaultSort = defaultSort;
        this.defaultAscending = defaultAscending;
        this.sortable = Set.copyOf(sortable);
        this.filterable = Set.copyOf(filterable);
    }

    public Page<T> page(EntityManager em, PageRequest request) {
        return page(em, request, Restriction.none());
    }

    /**
     * One page of the rows that {@code restriction} lets through (typically what the caller may see), so that the
     * rows, the paging and the count all follow it.
     */
    public Page<T> page(EntityManager em, PageRequest request, Restriction<T> restriction) {
        var cb = em.getCriteriaBuilder();

        var query = cb.createQuery(type);
        var root = query.from(type);
        query.where(cb.and(cb.and(filters(cb, root, request)), restriction.on(cb, query, root)));
        boolean chosen = request.sortBy() != null && sortable.contains(request.sortBy());
        var sortBy = chosen ? request.sortBy() : defaultSort;
        boolean ascending = chosen ? request.ascending() : defaultAscending;
        // The id follows the sort's direction, so that "newest first" also holds within one timestamp.
        query.orderBy(
                ascending ? cb.asc(root.get(sortBy)) : cb.desc(root.get(sortBy)),
                ascending ? cb.asc(root.get("id")) : cb.desc(root.get("id")));
        var rows = em.createQuery(query)
                .setFirstResult(request.first())
                .setMaxResults(request.size())
                .getResultList();

        var count = cb.createQuery(Long.class);
        var countRoot = count.from(type);
        count.select(cb.count(countRoot))
                .where(cb.and(cb.and(filters(cb, countRoot, request)), restriction.on(cb, count, countRoot)));
        long total = em.createQuery(count).getSingleResult();
        return new Page<>(rows, total);
    }

    private Predicate[] filters(CriteriaBuilder cb, Root<T> root, PageRequest request) {
        List<Predicate> predicates = new ArrayList<>();
        request.filters().forEach((attribute, text) -> {
            if (filterable.contains(attribute) && text != null && !text.isBlank()) {
                var pattern = "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%";
                predicates.add(cb.like(cb.lower(root.get(attribute).as(String.class)), pattern, '\\'));
            }
        });
        return predicates.toArray(Predicate[]::new);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
