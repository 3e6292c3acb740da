package vn.motcua.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.motcua.organization.UnitLevel;

/** An administrative procedure (thủ tục hành chính) identified by its national code, e.g. 1.001193. */
@Entity
@Table(name = "procedure_def")
public class Procedure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 500)
    private String name;

    @Column(name = "field_name", nullable = false)
    private String field;

    @Enumerated(EnumType.STRING)
    @Column(name = "competent_level", nullable = false, length = 20)
    private UnitLevel competentLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "online_level", nullable = false, length = 20)
    private OnlineLevel onlineLevel;

    protected Procedure() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getField() {
        return field;
    }

    public UnitLevel getCompetentLevel() {
        return competentLevel;
    }

    public OnlineLevel getOnlineLevel() {
        return onlineLevel;
    }
}
