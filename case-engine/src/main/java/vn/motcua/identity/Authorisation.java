package vn.motcua.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A citizen's authorisation to act for another person or an organisation, backed by the authorisation document they
 * uploaded. It is valid from its first day to its last day (open-ended when none) unless the citizen revokes it.
 */
@Entity
@Table(name = "citizen_authorisation")
class Authorisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_type", nullable = false, length = 20)
    private PartyType partyType;

    @Column(name = "party_name", nullable = false)
    private String partyName;

    @Column(name = "party_identifier", nullable = false, length = 14)
    private String partyIdentifier;

    @Column(name = "document_id", nullable = false)
    private Long documentId;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Authorisation() {
    }

    Authorisation(Long accountId, PartyType partyType, String partyName, String partyIdentifier, Long documentId,
                  LocalDate validFrom, LocalDate validTo, Instant createdAt) {
        this.accountId = accountId;
        this.partyType = partyType;
        this.partyName = partyName;
        this.partyIdentifier = partyIdentifier;
        this.documentId = documentId;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = createdAt;
    }

    boolean heldBy(Actor actor) {
        return accountId.equals(actor.accountId());
    }

    boolean validOn(LocalDate day) {
        return revokedAt == null && !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    AuthorisationView view(LocalDate today) {
        return new AuthorisationView(id, partyType, partyName, partyIdentifier, documentId, validFrom, validTo,
                revokedAt != null, validOn(today));
    }

    RepresentedParty represented() {
        return new RepresentedParty(id, partyType, partyName, partyIdentifier, documentId);
    }
}
