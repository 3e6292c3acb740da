package vn.motcua.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;

class ActorKindTest {

    @Test
    void theSystemCitizensAndOfficialsAreTold() {
        assertThat(ActorKind.of(Actor.SYSTEM)).isEqualTo(ActorKind.SYSTEM);
        assertThat(ActorKind.of(new Actor(7L, "congdan.an", "Nguyễn Văn An",
                List.of(new Actor.Grant(Role.CITIZEN, null))))).isEqualTo(ActorKind.CITIZEN);
        assertThat(ActorKind.of(new Actor(8L, "motcua.tdm", "Nguyễn Thị Thu Hà",
                List.of(new Actor.Grant(Role.DESK_OFFICER, "000.30.01.H29"))))).isEqualTo(ActorKind.OFFICIAL);
    }
}
