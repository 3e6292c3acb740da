package vn.motcua.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.motcua.identity.AccountRepository;
import vn.motcua.identity.Actor;

/** The demo accounts (from the demo reference data) as actors, for in-container tests. */
@ApplicationScoped
public class DemoActors {

    public static final String CITIZEN = "congdan.an";
    public static final String DESK = "motcua.tdm";
    public static final String SPECIALIST = "chuyenvien.tdm";
    public static final String UNIT_HEAD = "truongphong.tdm";
    public static final String LEADER = "lanhdao.tdm";
    public static final String CLERK = "vanthu.tdm";
    public static final String SUPERVISOR = "giamsat.hcm";
    public static final String ADMIN = "quantri";
    public static final String COMMUNE = "000.30.01.H29";

    @Inject
    AccountRepository accounts;

    public Actor get(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }
}
