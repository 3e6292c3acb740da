package vn.motcua.identity;

import java.util.List;

/** An official with the roles they hold, for the administration pages. */
public record OfficialView(String username, String displayName, String positionTitle, String email, boolean active,
                           List<Actor.Grant> grants) {
}
