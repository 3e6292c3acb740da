package vn.motcua.platform.transactions;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use case (a {@code @Transactional} method or every such method of a bean) that is run again, whole and in a
 * new transaction, when it loses an optimistic-lock race — for example when an official completes a step at the
 * moment the workflow engine's job executor takes the step's deadline timer. A use case called inside a transaction
 * that is already running is not retried here: the outermost use case owns the transaction and the retry.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetriedOnConflict {
}
