package vn.motcua.results;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * The result of a dossier as a document: signed by the leader, then numbered in the agency's register and sealed by
 * its clerk. Points at the current PDF in the document store and carries the key of its public verification page.
 */
@Entity
@Table(name = "dossier_result")
public class DossierResult {

    /** How far the result has come. */
    public enum State {
        /** Signed by the leader; not yet numbered or sealed. */
        SIGNED,
        /** Numbered and sealed: the legal result. */
        ISSUED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private long dossierId;

    @Column(name = "verification_code", nullable = false, length = 40)
    private String verificationCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private State state;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "agency_name", nullable = false)
    private String agencyName;

    @Column(name = "document_id", nullable = false)
    private long documentId;

    @Column(name = "document_sha256", nullable = false, length = 64)
    private String documentSha256;

    @Column(name = "signed_by", nullable = false, length = 100)
    private String signedBy;

    @Column(name = "signer_name", nullable = false, length = 200)
    private String signerName;

    @Column(name = "signer_title", length = 200)
    private String signerTitle;

    @Column(name = "on_behalf", length = 100)
    private String onBehalf;

    @Column(name = "signed_at", nullable = false)
    private Instant signedAt;

    @Column(name = "register_year")
    private Integer registerYear;

    @Column(name = "document_number")
    private Integer documentNumber;

    @Column(name = "number_symbol", length = 60)
    private String numberSymbol;

    @Column(name = "sealed_by", length = 100)
    private String sealedBy;

    @Column(name = "issued_at")
    private Instant issuedAt;

    protected DossierResult() {
    }

    /** A result the leader has just signed. */
    public static DossierResult signed(long dossierId, String verificationCode, String title, String agencyCode,
                                       String agencyName, long documentId, String sha256, String signedBy,
                                       String signerName, String signerTitle, String onBehalf, Instant at) {
        DossierResult result = new DossierResult();
        result.dossierId = dossierId;
        result.verificationCode = Objects.requireNonNull(verificationCode);
        result.state = State.SIGNED;
        result.title = Objects.requireNonNull(title);
        result.agencyCode = Objects.requireNonNull(agencyCode);
        result.agencyName = Objects.requireNonNull(agencyName);
        result.documentId = documentId;
        result.documentSha256 = Objects.requireNonNull(sha256);
        result.signedBy = Objects.requireNonNull(signedBy);
        result.signerName = Objects.requireNonNull(signerName);
        result.signerTitle = signerTitle;
        result.onBehalf = onBehalf;
        result.signedAt = Objects.requireNonNull(at);
        return result;
    }

    /** The leader signed again (after the result was reworked): the new signed PDF replaces the old one. */
    public void resigned(long documentId, String sha256, String signedBy, String signerName, String signerTitle,
                         String onBehalf, Instant at) {
        if (state != State.SIGNED) {
            throw new IllegalStateException("an issued result is not signed again");
        }
        this.documentId = documentId;
        this.documentSha256 = sha256;
        this.signedBy = signedBy;
        this.signerName = signerName;
        this.signerTitle = signerTitle;
        this.onBehalf = onBehalf;
        this.signedAt = at;
    }

    /** The clerk numbered and sealed the result. */
    public void issued(int year, int number, String symbol, long sealedDocumentId, String sha256, String clerk,
                       Instant at) {
        if (state != State.SIGNED) {
            throw new IllegalStateException("result of dossier " + dossierId + " is already issued");
        }
        this.state = State.ISSUED;
        this.registerYear = year;
        this.documentNumber = number;
        this.numberSymbol = symbol;
        this.documentId = sealedDocumentId;
        this.documentSha256 = sha256;
        this.sealedBy = clerk;
        this.issuedAt = at;
    }

    /** "15/GCN-UBND": the number and symbol as printed. */
    public String numberAndSymbol() {
        return documentNumber == null ? null : documentNumber + "/" + numberSymbol;
    }

    public Long getId() {
        return id;
    }

    public long getDossierId() {
        return dossierId;
    }

    public String getVerificationCode() {
        return verificationCode;
    }

    public State getState() {
        return state;
    }

    public String getTitle() {
        return title;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getAgencyName() {
        return agencyName;
    }

    public long getDocumentId() {
        return documentId;
    }

    public String getDocumentSha256() {
        return documentSha256;
    }

    public String getSignedBy() {
        return signedBy;
    }

    public String getSignerName() {
        return signerName;
    }

    public String getSignerTitle() {
        return signerTitle;
    }

    public String getOnBehalf() {
        return onBehalf;
    }

    public Instant getSignedAt() {
        return signedAt;
    }

    public Integer getRegisterYear() {
        return registerYear;
    }

    public Integer getDocumentNumber() {
        return documentNumber;
    }

    public String getNumberSymbol() {
        return numberSymbol;
    }

    public String getSealedBy() {
        return sealedBy;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }
}
