package vn.motcua.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.flowable.bpmn.model.Process;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.DeploymentBuilder;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Proves that the model tests, taken together, took every sequence flow of every model under {@code processes/}.
 * Runs last (see junit-platform.properties) and reads what {@link InMemoryFlowableExtension} collected from history
 * after each model test, so it is only meaningful as part of the whole module suite.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(InMemoryFlowableExtension.class)
class SequenceFlowCoverageTest {

    private static final String MODELS_DIRECTORY = "processes";

    @Test
    void everySequenceFlowOfEveryModelWasTakenByTheSuite(RepositoryService repositoryService) throws Exception {
        List<String> models = modelResources();
        assertThat(models).as("models under %s/", MODELS_DIRECTORY).isNotEmpty();

        DeploymentBuilder deploymentBuilder = repositoryService.createDeployment().name("sequence-flow-coverage");
        models.forEach(deploymentBuilder::addClasspathResource);
        String deploymentId = deploymentBuilder.deploy().getId();
        try {
            Map<String, Set<String>> notTaken = new TreeMap<>();
            for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery()
                    .deploymentId(deploymentId)
                    .orderByProcessDefinitionKey().asc()
                    .list()) {
                Process process = repositoryService.getBpmnModel(definition.getId()).getProcessById(definition.getKey());
                Set<String> flows = process.findFlowElementsOfType(SequenceFlow.class).stream()
                        .map(SequenceFlow::getId)
                        .collect(Collectors.toCollection(TreeSet::new));
                Set<String> missed = new TreeSet<>(flows);
                missed.removeAll(SequenceFlowCoverage.takenFlows(definition.getKey()));
                System.out.printf("%s: %d/%d sequence flows taken%s%n", definition.getKey(), flows.size() - missed.size(),
                        flows.size(), missed.isEmpty() ? "" : ", not taken: " + missed);
                if (!missed.isEmpty()) {
                    notTaken.put(definition.getKey(), missed);
                }
            }
            assertThat(notTaken)
                    .as("sequence flows that no test took (coverage is collected from the model tests run in the same JVM)")
                    .isEmpty();
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private static List<String> modelResources() throws IOException, URISyntaxException {
        URL directory = SequenceFlowCoverageTest.class.getClassLoader().getResource(MODELS_DIRECTORY);
        assertThat(directory).as("classpath directory %s/", MODELS_DIRECTORY).isNotNull();
        assertThat(directory.getProtocol()).as("%s/ must be a directory on the test classpath", MODELS_DIRECTORY).isEqualTo("file");
        Path root = Path.of(directory.toURI());
        try (Stream<Path> files = Files.walk(root)) {
            return files
                    .filter(file -> file.getFileName().toString().endsWith(".bpmn20.xml")
                            || file.getFileName().toString().endsWith(".bpmn"))
                    .map(file -> MODELS_DIRECTORY + "/" + root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
