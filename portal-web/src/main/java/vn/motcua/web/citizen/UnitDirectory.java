package vn.motcua.web.citizen;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.motcua.organization.Organisation;
import vn.motcua.organization.UnitLevel;
import vn.motcua.organization.UnitView;
import vn.motcua.platform.time.BusinessTime;

/**
 * The public directory of units in force on a day (today by default), optionally of one level: where they sit in
 * the tree, their reception desks, and which units took over when they close.
 */
@Named
@RequestScoped
public class UnitDirectory {

    @Inject
    Organisation organisation;

    @Inject
    Clock clock;

    private String at;
    private String level;
    private List<UnitView> units;

    public void load() {
        units = organisation.unitsOn(getDay(), ProcedureSearch.parse(UnitLevel.class, level));
    }

    public LocalDate getDay() {
        LocalDate day = ProcedureSearch.date(at);
        return day == null ? BusinessTime.today(clock) : day;
    }

    /** The day as the date input shows it (2025-06-30). */
    public String getAt() {
        return getDay().toString();
    }

    public void setAt(String at) {
        this.at = at;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public List<String> getLevels() {
        return Arrays.stream(UnitLevel.values()).map(Enum::name).toList();
    }

    public List<UnitView> getUnits() {
        if (units == null) {
            load();
        }
        return units;
    }
}
