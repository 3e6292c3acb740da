package vn.motcua.audit.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Where the current HTTP request comes from, filled by the web layer's filter at the start of every request. Outside
 * a request (timers, async jobs) no request context is active, and the audit trail records the client as
 * {@link #SYSTEM}.
 */
@RequestScoped
public class RequestOrigin {

    /** The client address recorded for work that no HTTP request started. */
    public static final String SYSTEM = "system";

    private String clientAddress;

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress == null || clientAddress.isBlank() ? null : clientAddress.strip();
    }
}
