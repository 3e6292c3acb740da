package vn.motcua.dossier.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.ListIndexBase;

/**
 * A receipt of fees paid at the counter (biên lai thu phí, lệ phí) for a dossier: numbered in the agency's register of
 * the year (gap-free, restarting at 1 each year), one line per fee of the procedure version, the total paid, the
 * payer, the official who collected and when. Issued once and never changed.
 */
@Entity
@Table(name = "fee_receipt")
public class FeeReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dossier_id", nullable = false)
    private Long dossierId;

    @Column(name = "agency_code", nullable = false, length = 40)
    private String agencyCode;

    @Column(name = "receipt_year", nullable = false)
    private int year;

    @Column(name = "receipt_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private long total;

    @Column(name = "payer_name", nullable = false)
    private String payerName;

    @Column(name = "collected_by", nullable = false, length = 100)
    private String collectedBy;

    @Column(name = "collected_at", nullable = false)
    private Instant collectedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_receipt_line", joinColumns = @JoinColumn(name = "receipt_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    private List<FeeLine> lines = new ArrayList<>();

    protected FeeReceipt() {
    }

    public FeeReceipt(long dossierId, String agencyCode, int year, int number, List<FeeLine> lines, String payerName,
                      String collectedBy, Instant collectedAt) {
        if (number < 1) {
            throw new IllegalArgumentException("receipt numbers start at 1");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("a receipt has at least one fee");
        }
        this.dossierId = dossierId;
        this.agencyCode = Objects.requireNonNull(agencyCode, "agency is required");
        this.year = year;
        this.number = number;
        this.lines = new ArrayList<>(lines);
        this.total = lines.stream().mapToLong(FeeLine::amountPaid).sum();
        this.payerName = Objects.requireNonNull(payerName, "payer is required");
        this.collectedBy = Objects.requireNonNull(collectedBy, "collecting official is required");
        this.collectedAt = Objects.requireNonNull(collectedAt, "collection time is required");
    }

    /** The number as printed: {@code 000012/2026}. */
    public String printedNumber() {
        return String.format("%06d/%d", number, year);
    }

    public Long getId() {
        return id;
    }

    public Long getDossierId() {
        return dossierId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public int getYear() {
        return year;
    }

    public int getNumber() {
        return number;
    }

    public long getTotal() {
        return total;
    }

    public String getPayerName() {
        return payerName;
    }

    public String getCollectedBy() {
        return collectedBy;
    }

    public Instant getCollectedAt() {
        return collectedAt;
    }

    public List<FeeLine> getLines() {
        return List.copyOf(lines);
    }
}
