package vn.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One charge of a procedure version, in VND.
 *
 * @param onlineAmount the discounted amount for online filing, or null when there is no online discount
 * @param exemption    who is exempt, in the words of the law, or null
 */
@Embeddable
public record Fee(
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) FeeKind kind,
        @Column(name = "description", nullable = false, length = 500) String description,
        @Column(name = "amount", nullable = false) long amount,
        @Column(name = "online_amount") Long onlineAmount,
        @Column(name = "exemption", length = 1000) String exemption) {

    /** What an applicant pays on a channel, before any personal exemption. */
    public long amountFor(FilingChannel channel) {
        return channel == FilingChannel.ONLINE && onlineAmount != null ? onlineAmount : amount;
    }
}
