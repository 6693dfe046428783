package nl.overstap.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Counts the SQL statements this thread executes, by wrapping the real data source in JDK proxies.
 * Used to prove that a page needs a fixed number of queries, whatever the number of rows.
 */
public final class StatementCounter {

    /** Marker for the wrapped data source. */
    public interface Counting {}

    private static final ThreadLocal<List<String>> EXECUTED = ThreadLocal.withInitial(ArrayList::new);
    private static final Set<String> EXECUTE_METHODS =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch");

    private StatementCounter() {}

    public static void reset() {
        EXECUTED.get().clear();
    }

    public static List<String> statements() {
        return List.copyOf(EXECUTED.get());
    }

    static DataSource wrap(DataSource target) {
        return (DataSource) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(),
                new Class<?>[] {DataSource.class, Counting.class},
                handler(target, (method, args, result) -> {
                    if (result instanceof Connection connection) {
                        return wrapConnection(connection);
                    }
                    return result;
                }));
    }

    private static Connection wrapConnection(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                handler(target, (method, args, result) -> {
                    if (result instanceof Statement statement) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                        return wrapStatement(statement, sql);
                    }
                    return result;
                }));
    }

    private static Statement wrapStatement(Statement target, String preparedSql) {
        Class<?>[] interfaces = target instanceof java.sql.CallableStatement
                ? new Class<?>[] {java.sql.CallableStatement.class}
                : target instanceof java.sql.PreparedStatement
                        ? new Class<?>[] {java.sql.PreparedStatement.class}
                        : new Class<?>[] {Statement.class};
        return (Statement) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), interfaces, (proxy, method, args) -> {
                    if (EXECUTE_METHODS.contains(method.getName())) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                        EXECUTED.get().add(sql.strip());
                    }
                    return invoke(target, method, args);
                });
    }

    private interface After {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    private static InvocationHandler handler(Object target, After after) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return invoke(target, method, args);
            }
            return after.apply(method, args, invoke(target, method, args));
        };
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
