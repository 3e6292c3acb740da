/**
 * Everything that touches the Flowable engine: the engine built on the container's JTA transaction manager and
 * the application's data source, the engine clock, the bean resolver for {@code delegateExpression}, the thin
 * delegates, the worklist index kept in the engine's transaction, and the {@link vn.motcua.workflow.WorkflowGateway}
 * facade the application services use. No other package imports the Flowable API.
 */
package vn.motcua.workflow;
