package vn.motcua.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.motcua.identity.Role;

class CandidateGroupTest {

    private static final String UNIT = "000.30.01.H29";

    @Test
    void groupIdNamesTheUnitAndTheRole() {
        assertThat(new CandidateGroup(UNIT, Role.DESK_OFFICER).groupId())
                .isEqualTo("unit:000.30.01.H29:role:DESK_OFFICER");
    }

    @Test
    void parsingAGroupIdGivesItsUnitAndRole() {
        assertThat(CandidateGroup.parse("unit:000.30.01.H29:role:SPECIALIST"))
                .contains(new CandidateGroup(UNIT, Role.SPECIALIST));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void formatAndParseRoundTripForEveryRole(Role role) {
        CandidateGroup group = new CandidateGroup(UNIT, role);

        assertThat(CandidateGroup.parse(group.groupId())).contains(group);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "DESK_OFFICER",
        "desk",
        "unit:000.30.01.H29",
        "unit:000.30.01.H29:DESK_OFFICER",
        "unit:000.30.01.H29:role:",
        "unit:000.30.01.H29:role:desk_officer",
        "unit:000.30.01.H29:role:JANITOR",
        "unit:000.30.01.H29:role:DESK_OFFICER ",
        "UNIT:000.30.01.H29:role:DESK_OFFICER",
        "group:000.30.01.H29:role:DESK_OFFICER"
    })
    void invalidGroupIdsParseToEmpty(String groupId) {
        assertThat(CandidateGroup.parse(groupId)).isEmpty();
    }

    @Test
    void unitAndRoleAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new CandidateGroup(null, Role.CLERK));
        assertThatNullPointerException().isThrownBy(() -> new CandidateGroup(UNIT, null));
    }
}
