package vn.motcua.workflow;

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

        /** Every model deployed at start-up, each from {@code processes/<key>.bpmn20.xml}. */
        public static final java.util.List<String> ALL = java.util.List.of(SINGLE_AGENCY_BASIC);

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

        /**
         * The steps of each model in their order, each of which a procedure version's step template allots time to.
         */
        public static final java.util.Map<String, java.util.List<String>> OF_MODEL = java.util.Map.of(
                Keys.SINGLE_AGENCY_BASIC,
                java.util.List.of(DESK_RECEIVES, SPECIALIST_HANDLES, LEADER_APPROVES, CLERK_ISSUES, DESK_RETURNS_RESULT));

        private Steps() {
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

        private Variables() {
        }
    }
}
