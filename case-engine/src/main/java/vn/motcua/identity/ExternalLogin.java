package vn.motcua.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** The link between an account and a person as an external OpenID Connect provider knows them (issuer, subject). */
@Entity
@Table(name = "external_login")
class ExternalLogin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Column(nullable = false)
    private String issuer;

    @Column(nullable = false)
    private String subject;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected ExternalLogin() {
    }

    ExternalLogin(UserAccount account, String issuer, String subject, Instant linkedAt) {
        this.account = account;
        this.issuer = issuer;
        this.subject = subject;
        this.linkedAt = linkedAt;
    }

    UserAccount getAccount() {
        return account;
    }
}
