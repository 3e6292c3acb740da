package vn.motcua.workflow.engine;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import java.beans.FeatureDescriptor;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import org.flowable.common.engine.impl.javax.el.ELContext;
import org.flowable.common.engine.impl.javax.el.ELResolver;

/**
 * Resolves {@code ${beanName}} in BPMN expressions (e.g. {@code flowable:delegateExpression}) to the CDI bean with
 * that {@code @Named} name. Process variables win over beans of the same name, as the engine's own resolver order
 * puts variables first. Read-only: expressions cannot replace beans.
 */
final class CdiBeanElResolver extends ELResolver {

    private final BeanManager beanManager;

    CdiBeanElResolver(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null || !(property instanceof String name)) {
            return null;
        }
        Set<Bean<?>> beans = beanManager.getBeans(name);
        if (beans.isEmpty()) {
            return null;
        }
        Bean<?> bean = beanManager.resolve(beans);
        CreationalContext<?> creationalContext = beanManager.createCreationalContext(bean);
        Object reference = beanManager.getReference(bean, bean.getBeanClass(), creationalContext);
        context.setPropertyResolved(true);
        return reference;
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return true;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // beans are never assigned from an expression
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
        return Collections.emptyIterator();
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return base == null ? Object.class : null;
    }
}
