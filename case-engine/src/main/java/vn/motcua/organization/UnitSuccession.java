package vn.motcua.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;

/** A unit that took over (part of) the duties of a closed one, from a date: mergers, the 2025 reform. */
@Entity
@Table(name = "org_unit_succession")
public class UnitSuccession {

    /** The pair of units. */
    @Embeddable
    public record Key(@Column(name = "predecessor_id") Long predecessorId,
                      @Column(name = "successor_id") Long successorId) implements Serializable {
    }

    @EmbeddedId
    private Key id;

    @MapsId("predecessorId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "predecessor_id")
    private OrgUnit predecessor;

    @MapsId("successorId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "successor_id")
    private OrgUnit successor;

    @Column(name = "effective_on", nullable = false)
    private LocalDate effectiveOn;

    @Column(length = 500)
    private String note;

    protected UnitSuccession() {
    }

    UnitSuccession(OrgUnit predecessor, OrgUnit successor, LocalDate effectiveOn, String note) {
        this.id = new Key(predecessor.getId(), successor.getId());
        this.predecessor = predecessor;
        this.successor = successor;
        this.effectiveOn = effectiveOn;
        this.note = note;
    }

    public OrgUnit getPredecessor() {
        return predecessor;
    }

    public OrgUnit getSuccessor() {
        return successor;
    }

    public LocalDate getEffectiveOn() {
        return effectiveOn;
    }

    public String getNote() {
        return note;
    }
}
