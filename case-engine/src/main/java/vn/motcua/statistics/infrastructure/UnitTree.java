package vn.motcua.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation tree as the statistics read it: every unit (past ones too, so a dossier received by a unit
 * that has since closed still counts in its parent's subtree). Subtrees are resolved against the current tree at
 * query time, so the read model needs no unit path and follows a moved unit at once.
 */
final class UnitTree {

    record Unit(long id, String code, String name, String level, Long parentId) {
    }

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<Long, List<Unit>> children = new HashMap<>();

    static UnitTree load(Connection connection) throws SQLException {
        UnitTree tree = new UnitTree();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, code, name, unit_level, parent_id FROM org_unit");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(5);
                Unit unit = new Unit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.wasNull() ? null : parent);
                tree.byId.put(unit.id(), unit);
                tree.byCode.put(unit.code(), unit);
            }
        }
        for (Unit unit : tree.byId.values()) {
            if (unit.parentId() != null) {
                tree.children.computeIfAbsent(unit.parentId(), k -> new ArrayList<>()).add(unit);
            }
        }
        return tree;
    }

    Optional<Unit> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    Unit byId(long id) {
        return byId.get(id);
    }

    /** The unit and everything below it. */
    Set<Unit> subtree(Unit root) {
        Set<Unit> found = new LinkedHashSet<>();
        Deque<Unit> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Unit unit = todo.pop();
            if (found.add(unit)) {
                children.getOrDefault(unit.id(), List.of()).forEach(todo::push);
            }
        }
        return found;
    }

    /** Whether {@code unit} is {@code root} or below it. */
    boolean contains(Unit root, Unit unit) {
        for (Unit at = unit; at != null; at = at.parentId() == null ? null : byId.get(at.parentId())) {
            if (at.id() == root.id()) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return byId.size();
    }
}
