package vn.motcua.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import vn.motcua.catalog.CutOffRule;
import vn.motcua.catalog.DurationUnit;
import vn.motcua.catalog.FeeKind;
import vn.motcua.catalog.FilingChannel;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Requirement;
import vn.motcua.catalog.ResultType;
import vn.motcua.catalog.SupplementPolicy;
import vn.motcua.identity.Role;
import vn.motcua.organization.UnitLevel;

/** The choices the administrators' forms offer, in the order they offer them; labels come from the bundle. */
@Named
@ApplicationScoped
public class AdminOptions {

    public List<OnlineLevel> getOnlineLevels() {
        return List.of(OnlineLevel.values());
    }

    public List<FilingChannel> getChannels() {
        return List.of(FilingChannel.values());
    }

    public List<DurationUnit> getDurationUnits() {
        return List.of(DurationUnit.values());
    }

    public List<CutOffRule> getCutOffs() {
        return List.of(CutOffRule.values());
    }

    public List<SupplementPolicy> getSupplementPolicies() {
        return List.of(SupplementPolicy.values());
    }

    public List<FeeKind> getFeeKinds() {
        return List.of(FeeKind.values());
    }

    public List<Requirement> getRequirements() {
        return List.of(Requirement.values());
    }

    public List<ResultType> getResultTypes() {
        return List.of(ResultType.values());
    }

    public List<UnitLevel> getUnitLevels() {
        return List.of(UnitLevel.values());
    }

    /** The roles an official can be granted (not the citizens'). */
    public List<Role> getOfficialRoles() {
        return java.util.Arrays.stream(Role.values()).filter(r -> r != Role.CITIZEN).toList();
    }
}
