package vn.motcua.workflow.models;

import java.util.UUID;

import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.test.FlowableExtension;
import org.flowable.engine.test.FlowableTestHelper;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;

/**
 * {@link FlowableExtension} on a programmatically built, in-memory process engine (no flowable.cfg.xml, no Spring).
 *
 * <ul>
 *   <li>One engine per JVM: built on first use, kept in the root extension store and closed when the run ends.</li>
 *   <li>H2 in-memory database with a unique name, schema created on build ({@code true}: Flowable's H2 drop script fails on
 *       H2 2.x, so create-drop would only log errors; the database disappears with the JVM), history level AUDIT.</li>
 *   <li>The async executor is not activated: tests run jobs and timers explicitly through the ManagementService and the engine clock.</li>
 *   <li>Safe BPMN XML parsing on; field injection into delegate-expression beans disabled.</li>
 *   <li>The beans referenced by the models are {@link StandInDelegates}, reset before every test and injectable as a test parameter.</li>
 *   <li>No mail client: the parent POM excludes jakarta.mail from the engine (the application server provides it) and the
 *       models have no mail tasks, so a default client that refuses to send stops the engine from building a JavaMail one.</li>
 *   <li>After every test, the sequence flows its deployment took are added to {@link SequenceFlowCoverage}.</li>
 * </ul>
 */
public class InMemoryFlowableExtension extends FlowableExtension {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(InMemoryFlowableExtension.class);

    @Override
    protected ProcessEngine createProcessEngine(ExtensionContext context) {
        return sharedEngine(context).processEngine();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        sharedEngine(context).standIns().reset();
        super.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FlowableTestHelper testHelper = getTestHelper(context);
        String deploymentId = testHelper.getDeploymentIdFromDeploymentAnnotation();
        if (deploymentId != null) {
            SequenceFlowCoverage.recordTakenFlows(testHelper.getProcessEngine(), deploymentId);
        }
        super.afterEach(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext context) {
        return StandInDelegates.class.equals(parameterContext.getParameter().getType())
                || super.supportsParameter(parameterContext, context);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext context) {
        if (StandInDelegates.class.equals(parameterContext.getParameter().getType())) {
            return sharedEngine(context).standIns();
        }
        return super.resolveParameter(parameterContext, context);
    }

    private static SharedEngine sharedEngine(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedEngine.class, key -> SharedEngine.start(), SharedEngine.class);
    }

    private record SharedEngine(ProcessEngine processEngine, StandInDelegates standIns) implements AutoCloseable {

        static SharedEngine start() {
            StandInDelegates standIns = new StandInDelegates();
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setEngineName("workflow-models-test");
            configuration.setJdbcUrl("jdbc:h2:mem:workflow-models-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
            configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
            configuration.setHistoryLevel(HistoryLevel.AUDIT);
            configuration.setAsyncExecutorActivate(false);
            configuration.setEnableSafeBpmnXml(true);
            configuration.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
            configuration.setBeans(standIns.asBeans());
            configuration.setDefaultMailClient(request -> {
                throw new UnsupportedOperationException("The workflow models send no mail");
            });
            return new SharedEngine(configuration.buildProcessEngine(), standIns);
        }

        @Override
        public void close() {
            processEngine.close();
        }
    }
}
