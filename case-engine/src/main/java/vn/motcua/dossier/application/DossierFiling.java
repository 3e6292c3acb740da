package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.ProcedureVersion;
import vn.motcua.dossier.domain.Applicant;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierCode;
import vn.motcua.dossier.domain.DossierRepository;
import vn.motcua.dossier.infrastructure.DossierCodeSequence;
import vn.motcua.identity.AccessDeniedException;
import vn.motcua.identity.Actor;
import vn.motcua.identity.Role;
import vn.motcua.organization.OrgUnit;
import vn.motcua.organization.OrgUnitRepository;
import vn.motcua.organization.UnitRouting;
import vn.motcua.platform.time.BusinessTime;
import vn.motcua.workflow.WorkflowGateway;

/**
 * Files a dossier online: checks the procedure and the receiving unit at today's date, gives the dossier its code,
 * stores it and starts its routing model — all in one transaction.
 */
@ApplicationScoped
public class DossierFiling {

    private static final Logger LOG = Logger.getLogger(DossierFiling.class.getName());

    @Inject
    Catalog catalog;

    @Inject
    OrgUnitRepository units;

    @Inject
    DossierRepository dossiers;

    @Inject
    DossierCodeSequence codes;

    @Inject
    WorkflowGateway workflow;

    @Inject
    DossierEvents events;

    @Inject
    Clock clock;

    @Inject
    UnitRouting routing;

    @Transactional
    public DossierCode fileOnline(Actor citizen, FilingRequest request) {
        if (!citizen.hasRole(Role.CITIZEN)) {
            throw new AccessDeniedException("only a signed-in citizen files online");
        }
        Instant now = clock.instant();
        LocalDate today = BusinessTime.dateOf(now);
        ProcedureVersion version = catalog.versionInForce(request.procedureCode(), today)
                .orElseThrow(() -> new NotFoundException("procedure " + request.procedureCode() + " is not in force"));
        if (!version.getProcedure().getOnlineLevel().allowsOnlineFiling()) {
            throw new IllegalArgumentException("procedure " + request.procedureCode() + " cannot be filed online");
        }
        OrgUnit unit = units.findByCode(request.receivingUnitCode())
                .filter(u -> u.isValidOn(today))
                .orElseThrow(() -> new NotFoundException("unit " + request.receivingUnitCode() + " is not active"));
        var chain = version.routingChain();
        var receivingLevel = chain.map(c -> c.receivingLevel()).orElse(version.getProcedure().getCompetentLevel());
        if (unit.getLevel() != receivingLevel) {
            throw new IllegalArgumentException("unit " + unit.getCode() + " is not competent for this procedure");
        }
        List<UnitRouting.PlannedLevel> levels = chain.map(c -> routing.plan(c, unit, today))
                .orElse(List.of(new UnitRouting.PlannedLevel(1, unit.getCode())));
        Applicant applicant = new Applicant(request.applicantName(), request.applicantPersonalId(),
                request.applicantPhone(), request.applicantEmail());

        DossierCode code = codes.next(unit.getCode(), today);
        Dossier dossier = Dossier.submitOnline(code, version, unit, applicant, citizen.accountId(),
                toJson(request.fields()), now);
        if (chain.isPresent()) {
            dossier.planRoute(levels.stream().map(UnitRouting.PlannedLevel::toString).toList());
        }
        dossiers.add(dossier);
        dossier.linkProcess(workflow.startDossierProcess(version.getProcessKey(), dossier.getId(), code.value(),
                unit.getCode(), levels.stream().map(UnitRouting.PlannedLevel::unitCode).toList()));
        events.announce(dossier, citizen);
        LOG.info(() -> "Dossier " + code + " filed online for procedure " + request.procedureCode());
        return code;
    }

    private static String toJson(Map<String, String> fields) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(fields).forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                json.add(k, v.strip());
            }
        });
        return json.build().toString();
    }
}
