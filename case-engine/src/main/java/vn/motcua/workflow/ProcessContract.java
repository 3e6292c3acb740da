package vn.motcua.workflow;

import static vn.motcua.catalog.StepTemplate.EVERY_LEVEL;
import static vn.motcua.catalog.StepTemplate.LAST_LEVEL;

/**
 * The published contract between the BPMN models in workflow-models and this code: process keys, step (element)
 * ids, variable names and outcomes. Running dossiers depend on these names; change them only with a new model
 * version. Documented in workflow-models/README.md.
 */
public final class ProcessContract {

    private ProcessContract() {
    }

    /** Process keys. */
    public static final class Keys {
        public static final String SINGLE_AGENCY_BASIC = "singleAgencyBasic";
        /** One agency or a chain of 1–3 levels, with supplements, fee, consultations, extension and withdrawal. */
        public static final String ONE_STOP_DOSSIER = "oneStopDossier";

        /** Every model deployed at start-up, each from {@code processes/<key>.bpmn20.xml}. */
        public static final java.util.List<String> ALL = java.util.List.of(SINGLE_AGENCY_BASIC, ONE_STOP_DOSSIER);

        private Keys() {
        }
    }

    /** Ids of the user tasks (steps). */
    public static final class Steps {
        public static final String DESK_RECEIVES = "deskReceives";
        public static final String SPECIALIST_HANDLES = "specialistHandles";
        public static final String LEADER_APPROVES = "leaderApproves";
        public static final String CLERK_ISSUES = "clerkIssues";
        public static final String DESK_RETURNS_RESULT = "deskReturnsResult";
        public static final String UNIT_HEAD_ASSIGNS = "unitHeadAssigns";
        public static final String UNIT_HEAD_REVIEWS = "unitHeadReviews";
        public static final String CONSULTATION_ANSWERS = "consultationAnswers";
        public static final String LEADER_SIGNS_APOLOGY = "leaderSignsApology";

        /**
         * The steps of each model in their order, each of which a procedure version's step template allots time to.
         */
        public static final java.util.Map<String, java.util.List<String>> OF_MODEL = java.util.Map.of(
                Keys.SINGLE_AGENCY_BASIC,
                java.util.List.of(DESK_RECEIVES, SPECIALIST_HANDLES, LEADER_APPROVES, CLERK_ISSUES, DESK_RETURNS_RESULT),
                Keys.ONE_STOP_DOSSIER,
                java.util.List.of(DESK_RECEIVES, EVERY_LEVEL + UNIT_HEAD_ASSIGNS, EVERY_LEVEL + SPECIALIST_HANDLES,
                        EVERY_LEVEL + UNIT_HEAD_REVIEWS, EVERY_LEVEL + LEADER_APPROVES, LAST_LEVEL + CLERK_ISSUES,
                        DESK_RETURNS_RESULT));

        private Steps() {
        }
    }

    /** Messages the models wait for. */
    public static final class Messages {
        public static final String SUPPLEMENT_PROVIDED = "supplementProvided";
        public static final String PAYMENT_RECEIVED = "paymentReceived";
        public static final String EXTENSION_REQUESTED = "extensionRequested";
        public static final String WITHDRAWAL_REQUESTED = "withdrawalRequested";

        private Messages() {
        }
    }

    /** Process variables. */
    public static final class Variables {
        public static final String DOSSIER_ID = "dossierId";
        public static final String DOSSIER_CODE = "dossierCode";
        public static final String RECEIVING_UNIT_CODE = "receivingUnitCode";
        public static final String INTAKE_REMINDER_DURATION = "intakeReminderDuration";
        public static final String DESK_DECISION = "deskDecision";
        public static final String LEADER_DECISION = "leaderDecision";
        public static final String LEVELS = "levels";
        public static final String LEVEL_UNIT_CODE = "levelUnitCode";
        public static final String LEVEL_INDEX = "levelIndex";
        public static final String PAYMENT_REQUIRED = "paymentRequired";
        public static final String PAYMENT_DUE_AT = "paymentDueAt";
        public static final String SUPPLEMENT_DUE_AT = "supplementDueAt";
        public static final String ASSIGNED_SPECIALIST = "assignedSpecialist";
        public static final String SPECIALIST_DECISION = "specialistDecision";
        public static final String CONSULTED_UNITS = "consultedUnits";
        public static final String CONSULTED_UNIT_CODE = "consultedUnitCode";
        public static final String UNIT_HEAD_DECISION = "unitHeadDecision";
        public static final String APOLOGY_DECISION = "apologyDecision";
        public static final String RESULT_KIND = "resultKind";

        private Variables() {
        }
    }
}
