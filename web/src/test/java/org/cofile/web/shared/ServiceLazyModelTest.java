package org.cofile.web.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cofile.domain.organization.Organization;
import org.cofile.domain.organization.OrganizationKind;
import org.cofile.workflow.shared.Page;
import org.cofile.workflow.shared.PageRequest;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class ServiceLazyModelTest {

    private final List<PageRequest> asked = new ArrayList<>();
    private final ServiceLazyModel<Organization> model = ServiceLazyModel.of(request -> {
        asked.add(request);
        return new Page<>(List.of(new Organization("Harrington Investments", OrganizationKind.SRI_FIRM)), 42);
    });

    @Test
    void aTablePageBecomesOnePageRequestWithItsSortAndFilters() {
        var rows = model.load(
                20,
                10,
                Map.of(
                        "kind",
                        SortMeta.builder()
                                .field("kind")
                                .order(SortOrder.DESCENDING)
                                .build()),
                Map.of(
                        "name",
                                FilterMeta.builder()
                                        .field("name")
                                        .filterValue("harr")
                                        .build(),
                        "kind",
                                FilterMeta.builder()
                                        .field("kind")
                                        .filterValue(null)
                                        .build()));

        assertThat(rows).hasSize(1);
        assertThat(asked).containsExactly(new PageRequest(20, 10, "kind", false, Map.of("name", "harr")));
        assertThat(model.getRowCount()).isEqualTo(42);
    }

    @Test
    void anUnsortedTableLeavesTheOrderToTheService() {
        model.load(
                0,
                10,
                Map.of(
                        "name",
                        SortMeta.builder()
                                .field("name")
                                .order(SortOrder.UNSORTED)
                                .build()),
                Map.of());

        assertThat(asked.get(0).sortBy()).isNull();
        assertThat(asked.get(0).ascending()).isTrue();
    }

    @Test
    void theCountIsTheServicesTotalForTheFilters() {
        var count = model.count(Map.of(
                "name", FilterMeta.builder().field("name").filterValue("x").build()));

        assertThat(count).isEqualTo(42);
        assertThat(asked.get(0).filters()).containsEntry("name", "x");
    }
}
