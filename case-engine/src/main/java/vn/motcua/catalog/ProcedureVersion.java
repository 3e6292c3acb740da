package vn.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One version of a procedure, in force from a date: its processing time, fee, routing model and result. Publishing
 * a new version never changes dossiers filed under an earlier one.
 */
@Entity
@Table(name = "procedure_version")
public class ProcedureVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "procedure_id", nullable = false)
    private Procedure procedure;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "process_key", nullable = false, length = 100)
    private String processKey;

    @Column(name = "duration_value", nullable = false)
    private int durationValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "duration_unit", nullable = false, length = 20)
    private DurationUnit durationUnit;

    @Column(name = "fee_amount", nullable = false)
    private long feeAmount;

    @Column(name = "result_name", nullable = false)
    private String resultName;

    @Column(name = "legal_basis", length = 1000)
    private String legalBasis;

    protected ProcedureVersion() {
    }

    public Long getId() {
        return id;
    }

    public Procedure getProcedure() {
        return procedure;
    }

    public int getVersionNo() {
        return versionNo;
    }

    public String getProcessKey() {
        return processKey;
    }

    public int getDurationValue() {
        return durationValue;
    }

    public DurationUnit getDurationUnit() {
        return durationUnit;
    }

    public long getFeeAmount() {
        return feeAmount;
    }

    public String getResultName() {
        return resultName;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public boolean isInForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }
}
