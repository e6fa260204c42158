package vn.lienthong.platform;

import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Rolls back the transaction a refusal is thrown in, and only a transaction. Bound to every
 * enterprise bean (META-INF/ejb-jar.xml) in place of {@code @ApplicationException(rollback = true)}:
 * with that flag the container also marks the local transaction of a bean method that runs
 * outside any transaction (NOT_SUPPORTED, such as {@code SubmissionService}), and Liberty then logs
 * every refusal as an ERROR (WLTC0017E, "resources rolled back") with an incident report, although
 * there was nothing to roll back and the caller, not the hub, was at fault.
 *
 * <p>Interceptors run inside the container's transaction boundary, so the transaction marked here
 * is the one the method runs in (its own, or its caller's that it joined), exactly the one the
 * flag used to mark.
 */
public class RefusalRollback {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object businessMethod(InvocationContext invocation) throws Exception {
        return rollBackOnRefusal(invocation);
    }

    @AroundTimeout
    public Object timeout(InvocationContext invocation) throws Exception {
        return rollBackOnRefusal(invocation);
    }

    private Object rollBackOnRefusal(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (BusinessException refusal) {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            throw refusal;
        }
    }
}
