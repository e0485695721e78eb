package org.cofile.web.shared;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cofile.domain.shared.BaseEntity;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces table model that hands paging, sorting and filtering to a service's {@code list(PageRequest)}, so the
 * database does them and a table never holds more than one page. A column's sort or filter field is the attribute
 * name the service accepts.
 */
public class ServiceLazyModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** A service's list method; serializable because the model lives in a view-scoped bean. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> list(PageRequest request);
    }

    /** What tells one row from another; serializable for the same reason. */
    @FunctionalInterface
    public interface RowKey<T> extends Serializable {
        Object of(T row);
    }

    private final Source<T> source;
    private final RowKey<T> rowKey;

    public ServiceLazyModel(Source<T> source, RowKey<T> rowKey) {
        this.source = source;
        this.rowKey = rowKey;
    }

    /** A model of entities, told apart by their id. */
    public static <E extends BaseEntity> ServiceLazyModel<E> of(Source<E> source) {
        return new ServiceLazyModel<>(source, BaseEntity::getId);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(source.list(new PageRequest(0, 1, null, true, filters(filterBy)))
                .total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        var sort = sortBy.values().stream()
                .filter(meta -> meta.getOrder() != null && !meta.getOrder().isUnsorted())
                .sorted()
                .findFirst();
        var request = new PageRequest(
                first,
                Math.min(Math.max(pageSize, 1), PageRequest.MAX_SIZE),
                sort.map(SortMeta::getField).orElse(null),
                sort.map(meta -> meta.getOrder() == SortOrder.ASCENDING).orElse(true),
                filters(filterBy));
        var page = source.list(request);
        // The filtered total may have changed since count() asked, if someone saved meanwhile.
        setRowCount(Math.toIntExact(page.total()));
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(rowKey.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(row -> rowKey.equals(getRowKey(row)))
                        .findFirst()
                        .orElse(null);
    }

    private static Map<String, String> filters(Map<String, FilterMeta> filterBy) {
        var filters = new HashMap<String, String>();
        filterBy.values().stream()
                .filter(meta -> !meta.isGlobalFilter() && meta.getFilterValue() != null)
                .forEach(meta ->
                        filters.put(meta.getField(), meta.getFilterValue().toString()));
        return filters;
    }
}
