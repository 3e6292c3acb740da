package vn.motcua.dossier.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import vn.motcua.dossier.domain.Dossier;
import vn.motcua.dossier.domain.DossierStatus;
import vn.motcua.identity.Actor;
import vn.motcua.identity.InvalidRequestException;
import vn.motcua.workflow.ProcessContract;
import vn.motcua.workflow.WorkflowGateway;

/**
 * The applicant's request to withdraw a dossier, whoever records it (the desk from a written request, the applicant
 * online): the process hears {@code withdrawalRequested}, cancels every open step, stops the clock and issues the
 * stop notice (form 05). Only before a result exists, and only for the one-stop model. Runs inside the caller's
 * transaction, after the caller checked who may do it.
 */
@ApplicationScoped
public class WithdrawalRequests {

    @Inject
    WorkflowGateway workflow;

    void request(Dossier dossier, Actor who, String reason) {
        String code = dossier.getCode().value();
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần ghi lý do rút hồ sơ");
        }
        if (dossier.getStatus().isFinal() || dossier.getStatus() == DossierStatus.RESULT_READY) {
            throw new InvalidRequestException("Hồ sơ " + code + " đã kết thúc hoặc đã có kết quả, không thể rút");
        }
        if (!ProcessContract.Keys.ONE_STOP_DOSSIER.equals(dossier.getProcedureVersion().getProcessKey())) {
            throw new InvalidRequestException("Quy trình của hồ sơ " + code + " không hỗ trợ rút hồ sơ trực tuyến");
        }
        workflow.deliver(dossier.getProcessInstanceId(), ProcessContract.Messages.WITHDRAWAL_REQUESTED,
                Map.of("withdrawalRequestedBy", who.username(), "withdrawalReason", reason.strip()));
    }
}
