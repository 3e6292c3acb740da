package vn.motcua.integration.intake;

/** How a national-portal dossier reached us: pushed to our endpoint, or fetched by the polling job. */
public enum IntakeSource {
    PUSH, POLL
}
