package org.cofile.domain.shared;

import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * A condition on the rows of one entity that a query must add to its own, such as "what this caller may see". The
 * query is passed so that the condition can build a subquery of it.
 */
@FunctionalInterface
public interface Restriction<T> {

    Predicate on(CriteriaBuilder cb, AbstractQuery<?> query, Root<T> root);

    static <T> Restriction<T> none() {
        return (cb, query, root) -> cb.conjunction();
    }
}
