package vn.motcua.organization;

import jakarta.persistence.EntityManager;

/** Builds the organisation service on a plain entity manager, for tests without a container. */
public final class OrganisationAccess {

    private OrganisationAccess() {
    }

    public static Organisation of(EntityManager em) {
        Organisation organisation = new Organisation();
        organisation.em = em;
        return organisation;
    }
}
