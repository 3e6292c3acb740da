package vn.motcua.dossier.domain;

/** How a dossier reached us: online on our portal, at the one-stop counter, or by public post. */
public enum Channel {
    ONLINE, COUNTER, POST
}
