package vn.motcua.workflow.engine;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.flowable.common.engine.impl.el.DefaultExpressionManager;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.engine.HistoryService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.DelegateExpressionFieldInjectionMode;
import org.flowable.engine.impl.cfg.JtaProcessEngineConfiguration;
import vn.motcua.platform.time.ApplicationClock;
import vn.motcua.workflow.ProcessContract;
import vn.motcua.workflow.worklist.WorkItemIndexer;

/**
 * Builds the one process engine of this node on the container's JTA transaction manager and the application's data
 * source, so that a use case commits our rows and the engine's rows together or not at all. Async jobs and timers
 * run on container-managed threads, each in a JTA transaction of its own, locked in the database under this node's
 * stable lock owner. Safe BPMN XML, no field injection into delegates, no IDM engine, audit history.
 */
@ApplicationScoped
public class ProcessEngineProducer {

    private static final Logger LOG = Logger.getLogger(ProcessEngineProducer.class.getName());
    private static final String TRANSACTION_MANAGER = "java:appserver/TransactionManager";
    private static final String THREAD_FACTORY = "java:comp/DefaultManagedThreadFactory";

    @Inject
    DataSource dataSource;

    @Inject
    BeanManager beanManager;

    @Inject
    ApplicationClock clock;

    @Inject
    WorkflowSettings settings;

    @Inject
    WorkItemIndexer workItemIndexer;

    private ProcessEngine engine;

    @Produces
    public synchronized ProcessEngine processEngine() {
        if (engine == null) {
            engine = build();
            deployModels(engine.getRepositoryService());
        }
        return engine;
    }

    @Produces
    RuntimeService runtimeService() {
        return processEngine().getRuntimeService();
    }

    @Produces
    TaskService taskService() {
        return processEngine().getTaskService();
    }

    @Produces
    RepositoryService repositoryService() {
        return processEngine().getRepositoryService();
    }

    @Produces
    HistoryService historyService() {
        return processEngine().getHistoryService();
    }

    @Produces
    ManagementService managementService() {
        return processEngine().getManagementService();
    }

    private ProcessEngine build() {
        JtaProcessEngineConfiguration config = new JtaProcessEngineConfiguration();
        config.setTransactionManager(new ContainerTransactions(lookup(TRANSACTION_MANAGER, TransactionManager.class),
                () -> lookup("java:comp/UserTransaction", jakarta.transaction.UserTransaction.class)));
        config.setDataSource(dataSource);
        config.setTransactionsExternallyManaged(true);
        // H2 runs in MySQL mode: the engine's MySQL scripts work on both (STACK.md #3).
        config.setDatabaseType("mysql");
        config.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        config.setHistoryLevel(HistoryLevel.AUDIT);
        config.setEnableSafeBpmnXml(true);
        config.setDelegateExpressionFieldInjectionMode(DelegateExpressionFieldInjectionMode.DISABLED);
        config.setDisableIdmEngine(true);
        config.setDisableEventRegistry(true);
        config.setClock(new EngineClock(clock));
        config.addExpressionManagerConfigurer(manager ->
                ((DefaultExpressionManager) manager).addPreBeanResolver(new CdiBeanElResolver(beanManager)));
        config.setEventListeners(List.of(workItemIndexer));

        // Started by WorkflowStartup once the node's start-up (incl. the demo loader) is done.
        config.setAsyncExecutorActivate(false);
        ManagedThreadFactory threads = lookup(THREAD_FACTORY, ManagedThreadFactory.class);
        config.setAsyncExecutorThreadFactory(threads);
        config.setAsyncExecutorLockOwner(settings.lockOwner());
        config.setAsyncExecutorAsyncJobLockTimeInMillis(settings.jobLockMillis());
        config.setAsyncExecutorTimerLockTimeInMillis(settings.jobLockMillis());
        config.setAsyncExecutorDefaultAsyncJobAcquireWaitTime(settings.acquireWaitMillis());
        config.setAsyncExecutorDefaultTimerJobAcquireWaitTime(settings.acquireWaitMillis());
        config.setAsyncFailedJobWaitTime(settings.failedJobWaitSeconds());
        config.setDefaultFailedJobWaitTime(settings.failedJobWaitSeconds());
        config.getAsyncExecutorConfiguration().setGlobalAcquireLockEnabled(settings.globalAcquireLock());
        config.getAsyncExecutorConfiguration().setGlobalAcquireLockPrefix("motcua-");
        config.setAsyncExecutor(new ManagedAsyncJobExecutor(config.getAsyncExecutorConfiguration(), threads));

        ProcessEngine built = config.buildProcessEngine();
        LOG.info(() -> "Process engine built; job lock owner " + settings.lockOwner());
        return built;
    }

    private static void deployModels(RepositoryService repository) {
        for (String key : ProcessContract.Keys.ALL) {
            repository.createDeployment()
                    .name(key)
                    .key(key)
                    .addClasspathResource("processes/" + key + ".bpmn20.xml")
                    .enableDuplicateFiltering()
                    .deploy();
        }
    }

    private static <T> T lookup(String name, Class<T> type) {
        try {
            return type.cast(new InitialContext().lookup(name));
        } catch (NamingException e) {
            throw new IllegalStateException("The container provides no " + type.getSimpleName() + " at " + name, e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
