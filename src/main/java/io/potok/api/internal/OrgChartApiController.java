package io.potok.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /orgchart}: the departments of the caller's organisation with their parents and heads.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Org chart")
class OrgChartApiController {

    private final Members members;

    OrgChartApiController(Members members) {
        this.members = members;
    }

    record DepartmentJson(
            long id,
            @JsonProperty("parent_id") Long parentId,
            @JsonProperty("manager_id") Long managerId,
            @JsonProperty("department_name") String departmentName) {
    }

    record OrgChart(List<DepartmentJson> departments) {
    }

    @GetMapping("/orgchart")
    @Operation(summary = "Departments of the caller's organisation")
    OrgChart orgChart(CurrentMember caller) {
        return new OrgChart(members.departments(caller.orgId()).stream()
                .map(department -> new DepartmentJson(department.id(), department.parentId(), department.headId(),
                        department.name()))
                .toList());
    }
}
