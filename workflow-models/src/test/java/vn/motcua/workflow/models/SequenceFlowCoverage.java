package vn.motcua.workflow.models;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.flowable.engine.ProcessEngine;
import org.flowable.engine.history.HistoricActivityInstance;
import org.flowable.engine.repository.ProcessDefinition;

/**
 * Sequence flows taken during this JVM's test run, per process definition key.
 * {@link InMemoryFlowableExtension} fills it from history after each test, before the test's deployment (and with it its history)
 * is deleted; {@link SequenceFlowCoverageTest} compares it with the models.
 */
final class SequenceFlowCoverage {

    static final String SEQUENCE_FLOW_ACTIVITY_TYPE = "sequenceFlow";

    private static final Map<String, Set<String>> TAKEN = new ConcurrentHashMap<>();

    private SequenceFlowCoverage() {
    }

    static void recordTakenFlows(ProcessEngine processEngine, String deploymentId) {
        for (ProcessDefinition definition : processEngine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(deploymentId)
                .list()) {
            Set<String> taken = TAKEN.computeIfAbsent(definition.getKey(), key -> ConcurrentHashMap.newKeySet());
            processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                    .processDefinitionId(definition.getId())
                    .activityType(SEQUENCE_FLOW_ACTIVITY_TYPE)
                    .list()
                    .stream()
                    .map(HistoricActivityInstance::getActivityId)
                    .forEach(taken::add);
        }
    }

    static Set<String> takenFlows(String processDefinitionKey) {
        return Set.copyOf(TAKEN.getOrDefault(processDefinitionKey, Set.of()));
    }
}
